package kz.election.ruleset;

import java.math.BigDecimal;

/**
 * @param struckOffVotes what the count makes of a struck-off candidate's votes (U); absent (rulesets before
 *                       kz-2026-12-08): {@link StruckOffVotes#COUNTED_CANNOT_WIN}, the behaviour they were written with
 */
public record TallyRules(
        Cited<Boolean> againstAllWinningFailsElection,
        Cited<TieRule> tieRule,
        Cited<BigDecimal> minTurnoutShare,
        @AddedKey Cited<StruckOffVotes> struckOffVotes) {

    /** The ruleset's choice for a struck-off candidate's votes, or the earlier rulesets' behaviour when it has none. */
    public StruckOffVotes struckOff() {
        return struckOffVotes == null ? StruckOffVotes.COUNTED_CANNOT_WIN : struckOffVotes.value();
    }
}
