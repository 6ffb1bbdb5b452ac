package kz.election.ruleset;

/**
 * @param immediateReviewEscalationHours how long before the end of the day a same-day review is
 *                                       escalated to supervisors (the day-based escalation.hoursBeforeDeadline
 *                                       cannot apply to a deadline a few hours away); not law
 */
public record ComplaintRules(
        @Positive Cited<Integer> filingDeadlineDays,
        @Positive Cited<Integer> reviewDays,
        Cited<Integer> immediateReviewDaysBeforeElection,
        Cited<Boolean> immediateReviewOnElectionDay,
        @Positive Cited<Integer> immediateReviewEscalationHours) {
}
