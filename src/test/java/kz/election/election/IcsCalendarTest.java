package kz.election.election;

import kz.election.common.ElectionTime;
import kz.election.ruleset.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsCalendarTest {

    private final IcsCalendar ics = new IcsCalendar("akim-elections.kz");
    private final ElectoralCalendar calendar = ElectoralCalendar.compute(
            LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 3), Level.RURAL, TestRulesets.KZ_2024, ElectionTime.COUNTRY);
    private final Instant stamp = Instant.parse("2026-11-20T06:00:00Z");

    @Test
    void writesOneEventPerDeadlineInsideOneCalendar() {
        String file = ics.render("E-2027-0042", "Akim of Koktal rural district", calendar, stamp);

        assertThat(file).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(count(file, "BEGIN:VEVENT")).isEqualTo(calendar.entries().size());
        assertThat(count(file, "END:VEVENT")).isEqualTo(calendar.entries().size());
    }

    @Test
    void writesDeadlinesInUtcWithStableUidsAndBusinessNames() {
        String file = unfold(ics.render("E-2027-0042", "Akim of Koktal rural district", calendar, stamp));

        // 18:00 at +05:00 is 13:00 UTC
        assertThat(file).contains("UID:E-2027-0042-nominationCloses@akim-elections.kz\r\n"
                + "DTSTAMP:20261120T060000Z\r\n"
                + "DTSTART:20261208T130000Z\r\n"
                + "SUMMARY:Nomination closes\r\n");
        // 00:00 of E-1 at +05:00 is 19:00 UTC of the day before
        assertThat(file).contains("DTSTART:20270101T190000Z\r\nSUMMARY:Campaigning ends\r\n");
    }

    @Test
    void keepsUidsTheSameWhenTheFileIsProducedAgain() {
        String first = ics.render("E-1", "t", calendar, stamp);
        String again = ics.render("E-1", "t", calendar, stamp.plusSeconds(3600));

        assertThat(lines(first, "UID:")).isEqualTo(lines(again, "UID:"));
    }

    @Test
    void foldsEveryLineAtSeventyFiveOctetsWithoutSplittingCyrillicLetters() {
        String title = "Выборы акима Коктальского сельского округа Панфиловского района области Жетісу";
        String file = ics.render("E-1", title, calendar, stamp);

        for (String line : file.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(unfold(file)).contains("X-WR-CALNAME:" + title + "\r\n");
        assertThat(file).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        a,b         | a\\,b
        a;b         | a\\;b
        back\\slash | back\\\\slash
        """)
    void escapesTextAsRfc5545Requires(String raw, String escaped) {
        assertThat(IcsCalendar.text(raw)).isEqualTo(escaped);
    }

    @Test
    void escapesLineBreaksInText() {
        assertThat(IcsCalendar.text("one\ntwo\r\nthree")).isEqualTo("one\\ntwo\\nthree");
    }

    private static String unfold(String file) {
        return file.replace("\r\n ", "");
    }

    private static int count(String file, String line) {
        return (int) Arrays.stream(file.split("\r\n")).filter(line::equals).count();
    }

    private static List<String> lines(String file, String prefix) {
        return Arrays.stream(unfold(file).split("\r\n")).filter(l -> l.startsWith(prefix)).toList();
    }
}
