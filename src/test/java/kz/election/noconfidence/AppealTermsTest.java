package kz.election.noconfidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import kz.election.calendar.WorkingDayCalendar;
import kz.election.common.ElectionTime;
import kz.election.ruleset.NoConfidenceRules;
import kz.election.ruleset.RulesetCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The APPC's terms of a citizens' appeal (Art. 76), on the working-day calendar and the shipped ruleset. */
class AppealTermsTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath(WorkingDayCalendar.DEFAULT_LOCATION);
    static final NoConfidenceRules RULES = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION)
            .byId("kz-2026-12-08").noConfidence();

    @ParameterizedTest(name = "received {0}: forward by {1}, answer by {2}, extend to {3} at most")
    @CsvSource({
            // 8 March 2027 is a Monday holiday, 22-24 March Nauryz with the 21st's carried day off
            "2027-03-01, 2027-03-04, 2027-03-26, 2027-05-01",
            // a Friday: the weekend is not counted
            "2026-03-06, 2026-03-12, 2026-04-02, 2026-05-06",
            // across Independence Day and the New Year
            "2026-12-14, 2026-12-18, 2027-01-08, 2027-02-14",
    })
    void countsTheTermsInWorkingDaysFromTheDayAfterReceipt(LocalDate received, LocalDate forward, LocalDate answer,
                                                           LocalDate latest) {
        AppealTerms terms = AppealTerms.of(received, CALENDAR, RULES);
        assertThat(terms.forwardDueOn()).isEqualTo(forward);
        assertThat(terms.answerDueOn()).isEqualTo(answer);
        assertThat(terms.latestExtension()).isEqualTo(latest);
    }

    @Test
    void aTermEndsAtTheCloseOfItsDayAndIsWarnedAtTheOpeningOfTheWorkingDayBefore() {
        // Friday 26 March 2027; Thursday 25 March is the working day before
        assertThat(AppealTerms.dueAt(LocalDate.parse("2027-03-26"), ElectionTime.COUNTRY))
                .isEqualTo(Instant.parse("2027-03-26T13:00:00Z"));
        assertThat(AppealTerms.escalateAt(LocalDate.parse("2027-03-26"), CALENDAR, ElectionTime.COUNTRY))
                .isEqualTo(Instant.parse("2027-03-25T04:00:00Z"));
        // Thursday 25 March 2027 follows the days off of 22-24 March: the warning goes out on Friday 19 March
        assertThat(AppealTerms.escalateAt(LocalDate.parse("2027-03-25"), CALENDAR, ElectionTime.COUNTRY))
                .isEqualTo(Instant.parse("2027-03-19T04:00:00Z"));
    }

    @ParameterizedTest(name = "decided {0} while due {1}, until {2}: {3}")
    @CsvSource({
            "2027-03-19, 2027-03-26, 2027-04-30, ",
            "2027-03-26, 2027-03-26, 2027-05-01, ",
            "2027-03-27, 2027-03-26, 2027-04-30, the term ended on 2027-03-26",
            "2027-03-19, 2027-03-26, 2027-03-26, does not extend the term",
            "2027-03-19, 2027-03-26, 2027-05-02, an extension runs at most to 2027-05-01",
            "2027-03-19, 2027-03-26, , enter the extended term",
    })
    void anExtensionIsDecidedWithinTheTermAndRunsAtMostTwoMonthsFromReceipt(LocalDate today, LocalDate due,
                                                                          LocalDate until, String problem) {
        AppealTerms terms = AppealTerms.of(LocalDate.parse("2027-03-01"), CALENDAR, RULES);
        if (problem == null) {
            assertThat(terms.problemWithExtension(today, due, until)).isEmpty();
        } else {
            assertThat(terms.problemWithExtension(today, due, until)).hasValueSatisfying(p -> assertThat(p).contains(problem));
        }
    }

    @Test
    void theShippedTermsAreTheAppcsWithTheirMarks() {
        assertThat(RULES.hasAppealTerms()).isTrue();
        assertThat(RULES.appealAnswerWorkingDays().value()).isEqualTo(15);
        assertThat(RULES.appealExtensionMaxMonths().value()).isEqualTo(2);
        assertThat(RULES.appealExtensionNoticeWorkingDays().value()).isEqualTo(3);
        assertThat(RULES.appealForwardWorkingDays().value()).isEqualTo(3);
        assertThat(RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION).byId("kz-2024-03-01").noConfidence()
                .hasAppealTerms()).as("written before the terms: an appeal then reads the newest ruleset").isFalse();
    }
}
