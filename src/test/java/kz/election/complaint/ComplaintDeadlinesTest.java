package kz.election.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import kz.election.common.ElectionTime;
import kz.election.ruleset.ComplaintRules;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The complaint deadlines as tables, with the numbers of the shipped ruleset (filing 10 days from the
 * act, review 5 days, same day in the last 5 days before election day and on it, escalation 24 h
 * before, or 4 h before the end of the day for a same-day review). Election day is Sunday 13 September
 * 2026; all times are Kazakhstan time (UTC+5). Days are calendar days: weekends count.
 */
class ComplaintDeadlinesTest {

    static final Ruleset RULESET = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION).byId("kz-2024-03-01");
    static final LocalDate ELECTION_DAY = LocalDate.parse("2026-09-13");

    static ComplaintDeadlines shipped(boolean immediateOnElectionDay) {
        ComplaintRules rules = RULESET.complaints();
        return new ComplaintDeadlines(new ComplaintDeadlines.Parameters(ElectionTime.COUNTRY,
                rules.filingDeadlineDays().value(), rules.reviewDays().value(),
                rules.immediateReviewDaysBeforeElection().value(), immediateOnElectionDay,
                RULESET.escalation().hoursBeforeDeadline().value(), rules.immediateReviewEscalationHours().value()));
    }

    @ParameterizedTest(name = "act of {0}, filed {1}: in time {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # act        | filed                          | in time | filing deadline
            2026-08-01   | 2026-08-01T08:00:00+05:00      | true    | 2026-08-11T23:59:59+05:00
            2026-08-01   | 2026-08-11T23:59:59+05:00      | true    | 2026-08-11T23:59:59+05:00
            2026-08-01   | 2026-08-12T00:00:00+05:00      | false   | 2026-08-11T23:59:59+05:00
            # the Kazakh calendar day counts, not UTC's: 19:30 UTC on the 11th is already the 12th
            2026-08-01   | 2026-08-11T19:30:00Z           | false   | 2026-08-11T23:59:59+05:00
            2026-08-01   | 2026-08-11T18:59:59Z           | true    | 2026-08-11T23:59:59+05:00
            # a weekend counts like any day: act on Friday the 14th, deadline Monday the 24th
            2026-08-14   | 2026-08-24T17:00:00+05:00      | true    | 2026-08-24T23:59:59+05:00
            2026-08-14   | 2026-08-25T09:00:00+05:00      | false   | 2026-08-24T23:59:59+05:00
            """)
    void aComplaintIsInTimeUntilTheEndOfTheRulesetsLastFilingDay(LocalDate act, OffsetDateTime filed, boolean inTime,
                                                                   OffsetDateTime deadline) {
        ComplaintDeadlines.Filing filing = shipped(true).filing(act, filed.toInstant());

        assertThat(filing.inTime()).isEqualTo(inTime);
        assertThat(filing.deadline()).isEqualTo(deadline.toInstant());
    }

    @ParameterizedTest(name = "filed {0} (on election day: {1}): same day {2}, due {3}, escalated {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # filed                       | same day on E | same day | due                        | escalated
            # weeks ahead: 5 days, escalated 24 h before; Saturday and Sunday count
            2026-08-14T10:00:00+05:00     | true          | false    | 2026-08-19T23:59:59+05:00  | 2026-08-18T23:59:59+05:00
            2026-08-20T10:00:00+05:00     | true          | false    | 2026-08-25T23:59:59+05:00  | 2026-08-24T23:59:59+05:00
            # E-6, the last day of the ordinary review: due on E-1
            2026-09-07T10:00:00+05:00     | true          | false    | 2026-09-12T23:59:59+05:00  | 2026-09-11T23:59:59+05:00
            # E-5 opens the last five days before election day: the same day, warned 4 h before its end
            2026-09-08T00:00:00+05:00     | true          | true     | 2026-09-08T23:59:59+05:00  | 2026-09-08T19:59:59+05:00
            2026-09-08T10:00:00+05:00     | true          | true     | 2026-09-08T23:59:59+05:00  | 2026-09-08T19:59:59+05:00
            2026-09-12T10:00:00+05:00     | true          | true     | 2026-09-12T23:59:59+05:00  | 2026-09-12T19:59:59+05:00
            # filed less than 8 h before midnight: warned halfway through what is left of the day
            2026-09-12T21:59:59+05:00     | true          | true     | 2026-09-12T23:59:59+05:00  | 2026-09-12T22:59:59+05:00
            # on election day itself: the same day, when the ruleset says so
            2026-09-13T10:00:00+05:00     | true          | true     | 2026-09-13T23:59:59+05:00  | 2026-09-13T19:59:59+05:00
            2026-09-13T10:00:00+05:00     | false         | false    | 2026-09-18T23:59:59+05:00  | 2026-09-17T23:59:59+05:00
            # after election day (the result): 5 days again, ending on a Saturday
            2026-09-14T09:00:00+05:00     | true          | false    | 2026-09-19T23:59:59+05:00  | 2026-09-18T23:59:59+05:00
            """)
    void theReviewIsDueInFiveDaysOrTheSameDayInTheLastFiveDaysBeforeTheElectionAndOnIt(
            OffsetDateTime filed, boolean immediateOnElectionDay, boolean sameDay, OffsetDateTime due,
            OffsetDateTime escalated) {
        ComplaintDeadlines.Review review = shipped(immediateOnElectionDay).review(filed.toInstant(), ELECTION_DAY);

        assertThat(review.immediate()).isEqualTo(sameDay);
        assertThat(review.dueAt()).isEqualTo(due.toInstant());
        assertThat(review.escalateAt()).isEqualTo(escalated.toInstant());
        assertThat(review.escalateAt()).isAfterOrEqualTo(filed.toInstant()).isBefore(review.dueAt());
    }
}
