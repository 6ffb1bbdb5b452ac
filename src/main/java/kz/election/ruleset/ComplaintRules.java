package kz.election.ruleset;

public record ComplaintRules(
        Cited<Integer> filingDeadlineDays,
        Cited<Integer> reviewDays,
        Cited<Integer> immediateReviewDaysBeforeElection,
        Cited<Boolean> immediateReviewOnElectionDay) {

    static ComplaintRules read(RuleNode n) {
        ComplaintRules rules = new ComplaintRules(
                n.positive("filingDeadlineDays"),
                n.positive("reviewDays"),
                n.days("immediateReviewDaysBeforeElection"),
                n.flag("immediateReviewOnElectionDay"));
        n.finish();
        return rules;
    }
}
