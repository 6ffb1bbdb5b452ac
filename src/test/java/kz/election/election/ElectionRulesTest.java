package kz.election.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules election.bpmn decides by, as tables, without the engine. */
class ElectionRulesTest {

    @ParameterizedTest(name = "{0} standing of at least {1}, extended {2}: {3}")
    @CsvSource({
            "0, 2, false, EXTEND",
            "1, 2, false, EXTEND",
            "2, 2, false, ENOUGH",
            "5, 2, false, ENOUGH",
            "1, 2, true,  HIGHER_AKIM_NOMINATES",
            "0, 2, true,  HIGHER_AKIM_NOMINATES",
            "2, 2, true,  ENOUGH",
            "1, 1, false, ENOUGH",
            "2, 3, true,  HIGHER_AKIM_NOMINATES",
    })
    void atTheNominationCloseTooFewNomineesExtendOnceThenTheHigherAkimNominates(long standing, int min, boolean extended,
                                                                                CandidateShortfallRules.AtNominationClose expected) {
        assertThat(CandidateShortfallRules.atNominationClose(standing, min, extended)).isEqualTo(expected);
    }

    /** The ruleset's minRegisteredCandidatesToVote (U): 1 by default, 2 where "at least 2 registered" is chosen. */
    @ParameterizedTest(name = "{0} registered, at least {1}: {2}")
    @CsvSource({"0, 1, NO_CONTEST", "1, 1, FIX_BALLOT", "2, 1, FIX_BALLOT", "7, 1, FIX_BALLOT",
            "1, 2, NO_CONTEST", "2, 2, FIX_BALLOT", "0, 0, NO_CONTEST"})
    void atTheRegistrationCloseTooFewRegisteredMeansNoContest(long registered, int minRegistered,
                                                              CandidateShortfallRules.AtRegistrationClose expected) {
        assertThat(CandidateShortfallRules.atRegistrationClose(registered, minRegistered)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} nominees within {1}..{2}: {3} violations")
    @CsvSource({"0, 1, 2, 1", "1, 1, 2, 0", "2, 1, 2, 0", "3, 1, 2, 1", "1, 2, 2, 1"})
    void theHigherAkimNominatesWithinTheRulesetsBounds(int count, int min, int max, int violations) {
        assertThat(CandidateShortfallRules.higherAkimNominees(count, min, max, "cited")).hasSize(violations);
    }

    @ParameterizedTest(name = "close {0} + {1} days = {2}")
    @CsvSource({
            "2026-08-18T18:00+05:00, 3, 2026-08-21T18:00+05:00",
            "2026-12-30T18:00+05:00, 3, 2027-01-02T18:00+05:00",
            "2028-02-27T18:00+05:00, 3, 2028-03-01T18:00+05:00",
            "2027-02-27T18:00+05:00, 3, 2027-03-02T18:00+05:00",
            "2026-08-18T18:00+05:00, 0, 2026-08-18T18:00+05:00",
    })
    void nominationIsExtendedByWholeDaysAtTheSameHour(OffsetDateTime close, int days, OffsetDateTime expected) {
        assertThat(ElectionTimingRules.extendedNominationClose(close, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "deadline {0}, {1} h before: {2}")
    @CsvSource({
            "2026-09-17T00:00+05:00, 24, 2026-09-16T00:00+05:00",
            "2027-01-01T00:00+05:00, 24, 2026-12-31T00:00+05:00",
            "2026-08-18T18:00+05:00, 48, 2026-08-16T18:00+05:00",
    })
    void escalationComesTheRulesetsHoursBeforeTheDeadline(OffsetDateTime deadline, int hours, OffsetDateTime expected) {
        assertThat(ElectionTimingRules.escalateAt(deadline, hours)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "published {0}, {1} days, winner deadline {2}: window ends {3}")
    @CsvSource({
            "2026-09-15T10:00+05:00, 3, 2026-09-21T00:00+05:00, 2026-09-18T10:00+05:00",
            "2026-09-16T23:00+05:00, 3, 2026-09-21T00:00+05:00, 2026-09-19T23:00+05:00",
            "2026-09-19T10:00+05:00, 3, 2026-09-21T00:00+05:00, 2026-09-21T00:00+05:00",
            "2026-12-30T12:00+05:00, 3, 2027-01-05T00:00+05:00, 2027-01-02T12:00+05:00",
            "2026-09-15T10:00+05:00, 0, 2026-09-21T00:00+05:00, 2026-09-15T10:00+05:00",
    })
    void theComplaintWindowNeverRunsPastTheWinnersRegistrationDeadline(OffsetDateTime published, int days,
                                                                       OffsetDateTime deadline, OffsetDateTime expected) {
        assertThat(ElectionTimingRules.complaintWindowEnd(published, days, deadline)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "called {0}, at least {1} days: {2}")
    @CsvSource({
            "2026-08-23, 40, 2026-10-04",
            "2026-09-13, 40, 2026-10-25",
            "2026-08-24, 40, 2026-10-04",
            "2026-11-25, 50, 2027-01-17",
            "2027-12-01, 40, 2028-01-16",
            "2028-01-21, 40, 2028-03-05",
    })
    void aRepeatElectionIsOnTheFirstSundayTheCallingRulesAllow(LocalDate call, int minDays, LocalDate expected) {
        assertThat(ElectionTimingRules.earliestElectionDay(call, minDays)).isEqualTo(expected);
        assertThat(expected.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    }
}
