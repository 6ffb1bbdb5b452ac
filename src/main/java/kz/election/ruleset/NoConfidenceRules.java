package kz.election.ruleset;

import java.math.BigDecimal;

/** A maslikhat's vote of no confidence in an akim (Law on Local Government, Art. 24). */
public record NoConfidenceRules(
        Cited<BigDecimal> initiationMinShareOfDeputies,
        Cited<BigDecimal> carriedByMoreThanShareOfAllDeputies,
        Cited<Decider> decidedBy,
        Cited<Boolean> appliesToRuralAkims,
        Cited<Integer> minServiceDaysBeforeMotion,
        Cited<Integer> waitingDaysAfterFailedMotion,
        Cited<Integer> decisionDays) {

    static NoConfidenceRules read(RuleNode n) {
        NoConfidenceRules rules = new NoConfidenceRules(
                n.share("initiationMinShareOfDeputies"),
                n.share("carriedByMoreThanShareOfAllDeputies"),
                n.choice("decidedBy", Decider.class),
                n.flag("appliesToRuralAkims"),
                // 0 means the ruleset sets no such period
                n.days("minServiceDaysBeforeMotion"),
                n.days("waitingDaysAfterFailedMotion"),
                n.positive("decisionDays"));
        n.finish();
        return rules;
    }
}
