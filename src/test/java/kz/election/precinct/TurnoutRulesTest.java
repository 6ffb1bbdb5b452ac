package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.common.FieldViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Election-day turnout rules as tables: when each report is owed, when it is late, which numbers are impossible. */
class TurnoutRulesTest {

    private static final String DAY = "2026-09-13T";
    private static final Duration GRACE = Duration.ofMinutes(30);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ruleset default                      | 10:00 12:00 14:00 16:00 18:00 | 07:00 | 20:00 | true  | 10:00 12:00 14:00 16:00 18:00 20:00
            no report at the close               | 10:00 12:00 14:00 16:00 18:00 | 07:00 | 20:00 | false | 10:00 12:00 14:00 16:00 18:00
            close moved to 18:00: no 18:00 twice | 10:00 12:00 14:00 16:00 18:00 | 07:00 | 18:00 | true  | 10:00 12:00 14:00 16:00 18:00
            polls open late at 10:00             | 10:00 12:00                   | 10:00 | 20:00 | true  | 12:00 20:00
            times out of order and repeated      | 14:00 10:00 14:00             | 07:00 | 20:00 | true  | 10:00 14:00 20:00
            polls closed late at 22:00           | 21:00                         | 06:00 | 22:00 | true  | 21:00 22:00
            """)
    void aReportIsOwedAtEachRulesetTimeWhilePollsAreOpenAndAtTheClose(String situation, String times, String open,
                                                                      String close, boolean atClose, String hours) {
        List<TurnoutRules.Slot> schedule = TurnoutRules.schedule(at(open), at(close),
                Arrays.stream(times.split(" ")).map(LocalTime::parse).toList(), atClose, GRACE);

        assertThat(schedule).extracting(TurnoutRules.Slot::hour).containsExactly(hours.split(" "));
        assertThat(schedule).allSatisfy(slot -> assertThat(slot.dueAt()).isEqualTo(slot.reportAt().plus(GRACE)));
        assertThat(schedule.get(schedule.size() - 1).atClose()).isEqualTo(atClose);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            not yet time                  | -     | 09:59 | PENDING
            time has come                 | -     | 10:00 | OPEN
            last minute of the grace      | -     | 10:30 | OPEN
            grace over, nothing reported  | -     | 10:31 | MISSING
            reported in time              | 10:12 | 10:31 | ON_TIME
            reported at the due minute    | 10:30 | 12:00 | ON_TIME
            reported after the due time   | 10:45 | 12:00 | LATE
            """)
    void aReportIsLateAfterTheGraceAndMissingWhileNothingCame(String situation, String reportedAt, String now,
                                                             TurnoutRules.Status status) {
        TurnoutRules.Slot ten = new TurnoutRules.Slot("10:00", at("10:00"), at("10:30"), false);

        assertThat(TurnoutRules.status(ten, reportedAt == null ? null : at(reportedAt), at(now))).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            first report                      | 10:00 | 120  | -                | -
            zero so far is a report           | 10:00 | 0    | -                | -
            all voters came                   | 12:00 | 812  | 10:00=120        | -
            same as earlier                   | 12:00 | 120  | 10:00=120        | -
            between earlier and later reports | 12:00 | 200  | 10:00=120;14:00=300 | -
            blank                             | 12:00 | -    | -                | ballotsIssued:is required: the ballots issued so far, 0 if none
            negative                          | 12:00 | -1   | -                | ballotsIssued:-1 is negative; a count cannot be
            more than the voters              | 12:00 | 813  | -                | ballotsIssued:813 is more than the 812 voters on the list
            fewer than earlier                | 12:00 | 100  | 10:00=120        | ballotsIssued:100 is less than the 120 reported at 10:00: ballots issued so far never decrease
            more than a later report          | 12:00 | 400  | 14:00=300        | ballotsIssued:400 is more than the 300 reported later, at 14:00: ballots issued so far never decrease
            not a report time                 | 11:00 | 120  | -                | hour:'11:00' is not a report time of this election; report at one of 10:00, 12:00, 14:00, 20:00
            no hour                           | -     | 120  | -                | hour:is required: one of 10:00, 12:00, 14:00, 20:00
            """)
    void impossibleNumbersAreRefusedNamingTheField(String situation, String hour, Long ballotsIssued, String reported,
                                                   String violation) {
        List<TurnoutRules.Slot> schedule = TurnoutRules.schedule(at("07:00"), at("20:00"),
                List.of(LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(14, 0)), true, GRACE);
        Map<String, Long> earlier = new LinkedHashMap<>();
        if (reported != null) {
            for (String entry : reported.split(";")) {
                earlier.put(entry.split("=")[0], Long.parseLong(entry.split("=")[1]));
            }
        }

        List<FieldViolation> violations = TurnoutRules.check(schedule, hour, ballotsIssued, 812, earlier);

        if (violation == null) {
            assertThat(violations).isEmpty();
        } else {
            int colon = violation.indexOf(':');
            assertThat(violations).containsExactly(
                    new FieldViolation(violation.substring(0, colon), violation.substring(colon + 1)));
        }
    }

    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse(DAY + time + "+05:00");
    }
}
