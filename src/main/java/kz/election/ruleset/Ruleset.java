package kz.election.ruleset;


import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * One version of the election rules. An election stores the {@link #id()} it was called under, so a
 * newer ruleset never changes the deadlines of an election already running.
 *
 * <p>{@code zoneOffset} is the offset the law gives the whole country from {@code effectiveFrom} on. Times are
 * read in the territory's zone ({@code ElectionTime.zoneOf}), not in this offset, so that a date before it
 * keeps the zone it had; the catalog checks that every territory's zone has this offset on that day, which
 * fails the start on a Java whose time-zone data is older than the law.
 */
public record Ruleset(
        String id,
        LocalDate effectiveFrom,
        String title,
        Cited<ZoneOffset> zoneOffset,
        @Positive Cited<Integer> termYears,
        Map<Level, CalendarRules> calendar,
        Map<Level, OrganizerRules> organizers,
        EligibilityRules eligibility,
        TallyRules tally,
        ComplaintRules complaints,
        EscalationRules escalation,
        NoConfidenceRules noConfidence,
        ResultRules result,
        @AddedKey FinanceRules finance) {

    public CalendarRules calendar(Level level) {
        return calendar.get(level);
    }

    public OrganizerRules organizers(Level level) {
        return organizers.get(level);
    }

    /**
     * The money rules; a ruleset written before kz-2026-12-08 has none, and its elections keep what they had:
     * the deposit receipt's number is enough, and no fund report is asked of the candidates.
     */
    public java.util.Optional<FinanceRules> financeRules() {
        return java.util.Optional.ofNullable(finance);
    }

}
