package kz.election.election;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Renders an election's calendar as an iCalendar file (RFC 5545) that candidates and commissions
 * can subscribe to. Times are written in UTC so no VTIMEZONE block is needed; UIDs are stable per
 * election number and entry key, so a re-download updates events instead of duplicating them.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private final String uidDomain;

    /** @param uidDomain the right-hand side of every UID, e.g. the public host name of the system */
    public IcsCalendar(String uidDomain) {
        this.uidDomain = uidDomain;
    }

    /** @param stamp when the file is produced (DTSTAMP); passed in so output is reproducible */
    public String render(String electionNumber, String electionTitle, ElectoralCalendar calendar, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//kz.election//akim-elections//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(electionTitle));
        for (CalendarEntry entry : calendar.entries()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(electionNumber + "-" + entry.key() + "@" + uidDomain));
            line(out, "DTSTAMP:" + utc(stamp.atOffset(ZoneOffset.UTC)));
            line(out, "DTSTART:" + utc(entry.at()));
            line(out, "SUMMARY:" + text(entry.name()));
            line(out, "DESCRIPTION:" + text(electionTitle + "\n" + entry.citation()
                    + " (certainty " + entry.certainty() + ", ruleset " + calendar.rulesetId() + ")"));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String utc(OffsetDateTime at) {
        return UTC.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** TEXT value escaping of RFC 5545 section 3.3.11. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds at 75 octets (RFC 5545 section 3.1) without splitting a multi-byte UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
