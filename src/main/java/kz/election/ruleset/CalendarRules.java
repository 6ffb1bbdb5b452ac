package kz.election.ruleset;

import java.time.LocalTime;
import java.util.List;

/**
 * The calendar of one level: every day count is "days before election day" unless named otherwise.
 *
 * @param shorterCallNeedsConfirmation true: a call fewer than {@code minDaysFromCallToElection} days ahead is
 *                                     a warning the commission confirms with its call; false or absent (rulesets
 *                                     before kz-2026-12-08): it is refused (docs/RULES.md, The calendar)
 * @param minRegisteredCandidatesToVote the registered candidates the vote needs at the registration close; with
 *                                     fewer there is no contest and a REPEAT election follows. No source found
 *                                     (U): 1 (one candidate against "against all") when absent
 * @param withdrawalLastDayBefore      the last day (E-n) on which a candidate's written withdrawal is accepted, to its
 *                                     end (U); absent (rulesets before kz-2026-12-08): until campaigning ends
 */
public record CalendarRules(
        @Positive Cited<Integer> minDaysFromCallToElection,
        @AddedKey Cited<Boolean> shorterCallNeedsConfirmation,
        Cited<Integer> regularElectionMinDaysBeforeTermEnd,
        @Positive Cited<Integer> earlyCallWithinDaysOfVacancy,
        @Positive Cited<Integer> earlyElectionWithinDaysAfterCall,
        Cited<Integer> nominationCloseDaysBefore,
        Cited<LocalTime> nominationCloseTime,
        @Positive Cited<Integer> minNomineesToCloseNomination,
        Cited<Integer> nominationExtensionDays,
        Cited<Integer> higherAkimNomineesMin,
        Cited<Integer> higherAkimNomineesMax,
        Cited<Integer> registrationCloseDaysBefore,
        Cited<LocalTime> registrationCloseTime,
        @Positive Cited<Integer> registrationDecisionDays,
        Cited<Integer> campaignEndDaysBefore,
        Cited<LocalTime> campaignEndTime,
        @AddedKey @Positive Cited<Integer> withdrawalLastDayBefore,
        Cited<Integer> voterListsToPecsDaysBefore,
        Cited<Integer> voterListInspectionFromDaysBefore,
        Cited<LocalTime> pollsOpen,
        Cited<LocalTime> pollsClose,
        Cited<LocalTime> pollsEarliestOpen,
        Cited<LocalTime> pollsLatestClose,
        Cited<LocalTime> homeVotingRequestsUntil,
        @Positive Cited<Integer> countMaxHours,
        @AddedKey @Positive Cited<Integer> minRegisteredCandidatesToVote,
        Cited<Integer> resultWithinDaysAfter,
        Cited<Integer> winnerRegistrationWithinDaysAfter,
        Cited<List<LocalTime>> turnoutReportTimes,
        Cited<Boolean> turnoutReportAtClose) implements CrossChecked {

    /** Whether a call under the minimum is accepted once the commission confirms it (a warning, not a refusal). */
    public boolean shorterCallConfirmable() {
        return shorterCallNeedsConfirmation != null && shorterCallNeedsConfirmation.value();
    }

    /** The registered candidates the vote goes ahead with; rulesets before kz-2026-12-08 went ahead with one. */
    public int minRegisteredToVote() {
        return minRegisteredCandidatesToVote == null ? 1 : minRegisteredCandidatesToVote.value();
    }

    /** The last day of withdrawal, when the ruleset has one; without it withdrawal closes with the campaign. */
    public java.util.Optional<Cited<Integer>> withdrawalLastDay() {
        return java.util.Optional.ofNullable(withdrawalLastDayBefore);
    }

    /** Values that are each fine alone but contradict each other would make an impossible calendar. */
    @Override
    public void checkAcrossKeys(RuleNode n) {
        if (nominationCloseDaysBefore.value() >= minDaysFromCallToElection.value()) {
            throw n.fail("nominationCloseDaysBefore", "must be less than minDaysFromCallToElection ("
                    + minDaysFromCallToElection.value() + ") so nomination can open after the call");
        }
        if (registrationCloseDaysBefore.value() > nominationCloseDaysBefore.value()) {
            throw n.fail("registrationCloseDaysBefore", "must not be more than nominationCloseDaysBefore ("
                    + nominationCloseDaysBefore.value() + "): registration cannot close before nomination");
        }
        if (higherAkimNomineesMin.value() > higherAkimNomineesMax.value()) {
            throw n.fail("higherAkimNomineesMin", "must not exceed higherAkimNomineesMax");
        }
        if (pollsOpen.value().isBefore(pollsEarliestOpen.value())) {
            throw n.fail("pollsOpen", "must not be before pollsEarliestOpen " + pollsEarliestOpen.value());
        }
        if (pollsClose.value().isAfter(pollsLatestClose.value())) {
            throw n.fail("pollsClose", "must not be after pollsLatestClose " + pollsLatestClose.value());
        }
        if (!pollsOpen.value().isBefore(pollsClose.value())) {
            throw n.fail("pollsClose", "must be after pollsOpen " + pollsOpen.value());
        }
    }
}
