package kz.election.ruleset;

import java.math.BigDecimal;

/** A maslikhat's vote of no confidence in an akim (Law on Local Government, Art. 24). */
public record NoConfidenceRules(
        Cited<BigDecimal> initiationMinShareOfDeputies,
        Cited<BigDecimal> carriedByMoreThanShareOfAllDeputies,
        Cited<Decider> decidedBy,
        Cited<Boolean> appliesToRuralAkims) {

    static NoConfidenceRules read(RuleNode n) {
        NoConfidenceRules rules = new NoConfidenceRules(
                n.share("initiationMinShareOfDeputies"),
                n.share("carriedByMoreThanShareOfAllDeputies"),
                n.choice("decidedBy", Decider.class),
                n.flag("appliesToRuralAkims"));
        n.finish();
        return rules;
    }
}
