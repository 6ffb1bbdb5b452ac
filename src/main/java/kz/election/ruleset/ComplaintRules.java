package kz.election.ruleset;

/**
 * @param immediateReviewEscalationHours how long before the end of the day a same-day review is
 *                                       escalated to supervisors (the day-based escalation.hoursBeforeDeadline
 *                                       cannot apply to a deadline a few hours away); not law
 */
public record ComplaintRules(
        Cited<Integer> filingDeadlineDays,
        Cited<Integer> reviewDays,
        Cited<Integer> immediateReviewDaysBeforeElection,
        Cited<Boolean> immediateReviewOnElectionDay,
        Cited<Integer> immediateReviewEscalationHours) {

    static ComplaintRules read(RuleNode n) {
        ComplaintRules rules = new ComplaintRules(
                n.positive("filingDeadlineDays"),
                n.positive("reviewDays"),
                n.days("immediateReviewDaysBeforeElection"),
                n.flag("immediateReviewOnElectionDay"),
                n.positive("immediateReviewEscalationHours"));
        n.finish();
        return rules;
    }
}
