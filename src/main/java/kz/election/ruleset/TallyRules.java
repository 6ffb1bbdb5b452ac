package kz.election.ruleset;

import java.math.BigDecimal;

public record TallyRules(
        Cited<Boolean> againstAllWinningFailsElection,
        Cited<TieRule> tieRule,
        Cited<BigDecimal> minTurnoutShare) {
}
