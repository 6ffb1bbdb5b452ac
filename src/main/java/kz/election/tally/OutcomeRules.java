package kz.election.tally;

import java.math.BigDecimal;
import java.util.Objects;
import kz.election.ruleset.StruckOffVotes;
import kz.election.ruleset.TieRule;

/**
 * The values of an election's ruleset (its {@code tally} section) that decide the outcome of a
 * count, as the pure tally reads them: the values alone, without the citations the ruleset keeps with
 * them. They come from the versioned ruleset ({@link #of}), never from code.
 *
 * @param againstAllWinningFailsElection when on, "against all" with more votes than every candidate
 *                                       fails the election; off by default because the law as read
 *                                       lets "against all" not change who wins
 * @param minTurnoutShare                the turnout (ballots found over voters on the list) below which the
 *                                       election is not valid and a REPEAT election follows; 0, none (the law
 *                                       as read has no threshold)
 * @param struckOffVotes                 what the count makes of the votes of a candidate struck off the ballot
 */
public record OutcomeRules(boolean againstAllWinningFailsElection, TieRule tieRule, BigDecimal minTurnoutShare,
                           StruckOffVotes struckOffVotes) {

    public OutcomeRules {
        Objects.requireNonNull(tieRule, "tieRule");
        Objects.requireNonNull(minTurnoutShare, "minTurnoutShare");
        Objects.requireNonNull(struckOffVotes, "struckOffVotes");
    }

    /** The rules with a struck-off candidate's votes counted as theirs, the earlier rulesets' behaviour. */
    public OutcomeRules(boolean againstAllWinningFailsElection, TieRule tieRule, BigDecimal minTurnoutShare) {
        this(againstAllWinningFailsElection, tieRule, minTurnoutShare, StruckOffVotes.COUNTED_CANNOT_WIN);
    }

    /** The values of an election's ruleset, without their citations. */
    public static OutcomeRules of(kz.election.ruleset.TallyRules ruleset) {
        return new OutcomeRules(ruleset.againstAllWinningFailsElection().value(), ruleset.tieRule().value(),
                ruleset.minTurnoutShare().value(), ruleset.struckOff());
    }

    public static OutcomeRules defaults() {
        return new OutcomeRules(false, TieRule.REPEAT_VOTING, BigDecimal.ZERO);
    }
}
