package kz.election.ruleset;

import java.time.LocalTime;
import java.util.List;

/** The calendar of one level: every day count is "days before election day" unless named otherwise. */
public record CalendarRules(
        Cited<Integer> minDaysFromCallToElection,
        Cited<Integer> regularElectionMinDaysBeforeTermEnd,
        Cited<Integer> earlyCallWithinDaysOfVacancy,
        Cited<Integer> earlyElectionWithinDaysAfterCall,
        Cited<Integer> nominationCloseDaysBefore,
        Cited<LocalTime> nominationCloseTime,
        Cited<Integer> minNomineesToCloseNomination,
        Cited<Integer> nominationExtensionDays,
        Cited<Integer> higherAkimNomineesMin,
        Cited<Integer> higherAkimNomineesMax,
        Cited<Integer> registrationCloseDaysBefore,
        Cited<LocalTime> registrationCloseTime,
        Cited<Integer> registrationDecisionDays,
        Cited<Integer> campaignEndDaysBefore,
        Cited<LocalTime> campaignEndTime,
        Cited<Integer> voterListsToPecsDaysBefore,
        Cited<Integer> voterListInspectionFromDaysBefore,
        Cited<LocalTime> pollsOpen,
        Cited<LocalTime> pollsClose,
        Cited<LocalTime> pollsEarliestOpen,
        Cited<LocalTime> pollsLatestClose,
        Cited<LocalTime> homeVotingRequestsUntil,
        Cited<Integer> countMaxHours,
        Cited<Integer> resultWithinDaysAfter,
        Cited<Integer> winnerRegistrationWithinDaysAfter,
        Cited<List<LocalTime>> turnoutReportTimes,
        Cited<Boolean> turnoutReportAtClose) {

    static CalendarRules read(RuleNode n) {
        CalendarRules rules = new CalendarRules(
                n.positive("minDaysFromCallToElection"),
                n.days("regularElectionMinDaysBeforeTermEnd"),
                n.positive("earlyCallWithinDaysOfVacancy"),
                n.positive("earlyElectionWithinDaysAfterCall"),
                n.days("nominationCloseDaysBefore"),
                n.time("nominationCloseTime"),
                n.positive("minNomineesToCloseNomination"),
                n.days("nominationExtensionDays"),
                n.days("higherAkimNomineesMin"),
                n.days("higherAkimNomineesMax"),
                n.days("registrationCloseDaysBefore"),
                n.time("registrationCloseTime"),
                n.positive("registrationDecisionDays"),
                n.days("campaignEndDaysBefore"),
                n.time("campaignEndTime"),
                n.days("voterListsToPecsDaysBefore"),
                n.days("voterListInspectionFromDaysBefore"),
                n.time("pollsOpen"),
                n.time("pollsClose"),
                n.time("pollsEarliestOpen"),
                n.time("pollsLatestClose"),
                n.time("homeVotingRequestsUntil"),
                n.positive("countMaxHours"),
                n.days("resultWithinDaysAfter"),
                n.days("winnerRegistrationWithinDaysAfter"),
                n.times("turnoutReportTimes"),
                n.flag("turnoutReportAtClose"));
        n.finish();
        rules.checkOrder(n);
        return rules;
    }

    /** Values that are each fine alone but contradict each other would make an impossible calendar. */
    private void checkOrder(RuleNode n) {
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
