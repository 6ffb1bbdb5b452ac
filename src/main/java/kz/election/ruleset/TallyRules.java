package kz.election.ruleset;

import java.math.BigDecimal;

public record TallyRules(
        Cited<Boolean> againstAllWinningFailsElection,
        Cited<TieRule> tieRule,
        Cited<BigDecimal> minTurnoutShare) {

    static TallyRules read(RuleNode n) {
        TallyRules rules = new TallyRules(
                n.flag("againstAllWinningFailsElection"),
                n.choice("tieRule", TieRule.class),
                n.share("minTurnoutShare"));
        n.finish();
        return rules;
    }
}
