package kz.election.election;

import kz.election.ruleset.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnouncementRulesTest {

    private final AnnouncementRules rules = new AnnouncementRules();

    private List<Violation> check(Level level, ElectionReason reason, String call, String electionDay,
                                  String termEnd, String vacancy) {
        return rules.check(new Announcement(level, reason, date(call), date(electionDay), date(termEnd), date(vacancy)),
                TestRulesets.KZ_2024);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @ParameterizedTest(name = "{0} {1}: call {2}, E {3}, term end {4}")
    @CsvSource(textBlock = """
        RURAL,    REGULAR, 2026-11-24, 2027-01-03, 2027-01-13,
        RURAL,    REGULAR, 2026-11-20, 2027-01-03, 2027-02-01,
        DISTRICT, REGULAR, 2023-09-16, 2023-11-05, 2023-12-01,
        DISTRICT, REPEAT,  2028-01-07, 2028-02-27,           ,
        RURAL,    EARLY,   2026-05-10, 2026-06-21,           , 2026-04-20
        RURAL,    EARLY,   2026-05-10, 2026-06-21,           ,
        """)
    void acceptsAnAnnouncementThatKeepsEveryRule(Level level, ElectionReason reason, String call, String e,
                                                 String termEnd, String vacancy) {
        assertThat(check(level, reason, call, e, termEnd, vacancy)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        not a Sunday            | RURAL    | REGULAR | 2026-11-20 | 2027-01-05 | 2027-02-01 |            | electionDay | election day 2027-01-05 is a Tuesday; elections are held on a Sunday
        rural 39 days           | RURAL    | REGULAR | 2026-11-25 | 2027-01-03 | 2027-02-01 |            | electionDay | election day 2027-01-03 must be at least 40 days after the call on 2026-11-25 for a RURAL election; the earliest Sunday is 2027-01-10
        district 49 days        | DISTRICT | REGULAR | 2023-09-17 | 2023-11-05 | 2023-12-01 |            | electionDay | election day 2023-11-05 must be at least 50 days after the call on 2023-09-17 for a DISTRICT election; the earliest Sunday is 2023-11-12
        election before call    | DISTRICT | REPEAT  | 2024-03-10 | 2024-03-03 |            |            | electionDay | election day 2024-03-03 must be at least 50 days after the call on 2024-03-10 for a DISTRICT election; the earliest Sunday is 2024-05-05
        9 days before term end  | RURAL    | REGULAR | 2026-11-20 | 2027-01-03 | 2027-01-12 |            | termEnd     | election day 2027-01-03 must be at least 10 days before the sitting akim's term ends on 2027-01-12; the latest possible day is 2027-01-02
        after term end          | RURAL    | REGULAR | 2026-11-20 | 2027-01-03 | 2026-12-31 |            | termEnd     | election day 2027-01-03 must be at least 10 days before the sitting akim's term ends on 2026-12-31; the latest possible day is 2026-12-21
        regular without term end| RURAL    | REGULAR | 2026-11-20 | 2027-01-03 |            |            | termEnd     | the sitting akim's term end is required for a REGULAR election
        early call too late     | RURAL    | EARLY   | 2026-05-21 | 2026-07-05 |            | 2026-04-20 | callDate    | an early election must be called within 30 days of the vacancy on 2026-04-20, so by 2026-05-20; the call is on 2026-05-21
        early call before vacancy | RURAL  | EARLY   | 2026-04-19 | 2026-06-14 |            | 2026-04-20 | callDate    | the call on 2026-04-19 comes before the post fell vacant on 2026-04-20
        early day too late      | RURAL    | EARLY   | 2026-05-10 | 2026-07-12 |            | 2026-05-01 | electionDay | an early election is held within 61 days of its call on 2026-05-10, so by 2026-07-10; election day 2026-07-12 is later
        missing election day    | RURAL    | REPEAT  | 2026-04-19 |            |            |            | electionDay | electionDay is required
        """)
    void rejectsAnAnnouncementNamingTheFieldAndTheRule(String rule, Level level, ElectionReason reason, String call,
                                                       String e, String termEnd, String vacancy,
                                                       String field, String message) {
        assertThat(check(level, reason, call, e, termEnd, vacancy))
                .extracting(Violation::field, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, message));
    }

    @Test
    void rejectsElectionDayThatIsNotASundayAndTooSoonTogether() {
        List<Violation> violations = check(Level.RURAL, ElectionReason.REPEAT, "2026-12-01", "2027-01-02", null, null);

        assertThat(violations).extracting(Violation::field).containsExactly("electionDay", "electionDay");
        assertThat(violations.get(1).citation()).contains("113-1");
    }

    /** docs/RULES.md, The calendar: under kz-2026-12-08 a RURAL call under 40 days is a warning the commission confirms. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        rural 39 days, not confirmed  | RURAL    | 2027-01-27 | 2027-03-07 | false | shortCallConfirmed | election day 2027-03-07 is 39 days after the call on 2027-01-27, 1 short of the 40 days of a RURAL election, a minimum the rules mark as unconfirmed (U): the commission confirms the shorter lead, or chooses a Sunday from 2027-03-14
        rural 39 days, confirmed      | RURAL    | 2027-01-27 | 2027-03-07 | true  |                    |
        rural 27 days, confirmed      | RURAL    | 2027-02-08 | 2027-03-07 | true  | electionDay        | election day 2027-03-07 must be at least 40 days after the call on 2027-02-08 for a RURAL election; the earliest Sunday is 2027-03-21
        district 49 days, confirmed   | DISTRICT | 2027-01-17 | 2027-03-07 | true  | electionDay        | election day 2027-03-07 must be at least 50 days after the call on 2027-01-17 for a DISTRICT election; the earliest Sunday is 2027-03-14
        """)
    void warnsOfARuralCallUnderTheUnconfirmedMinimumAndTakesItOnceConfirmed(String rule, Level level, String call,
            String electionDay, boolean confirmed, String field, String message) {
        Announcement announcement = new Announcement(level, ElectionReason.REGULAR, date(call), date(electionDay),
                date("2027-04-01"), null, confirmed);

        List<Violation> violations = rules.check(announcement, TestRulesets.KZ_2026);

        if (field == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(Violation::field, Violation::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, message));
        }
    }

    @Test
    void refusesARuralCallUnderFortyDaysUnderTheEarlierRuleset() {
        Announcement confirmed = new Announcement(Level.RURAL, ElectionReason.REGULAR, date("2026-11-25"),
                date("2027-01-03"), date("2027-02-01"), null, true);

        assertThat(rules.check(confirmed, TestRulesets.KZ_2024)).extracting(Violation::field).containsExactly("electionDay");
    }
}
