package kz.election.tally;

import java.util.Objects;
import kz.election.ruleset.TieRule;

/**
 * The ruleset values that decide the outcome of a count; they come from the versioned ruleset, never
 * from code.
 *
 * @param againstAllWinningFailsElection when on, "against all" with more votes than every candidate
 *                                       fails the election; off by default because the law as read
 *                                       lets "against all" not change who wins
 */
public record TallyRules(boolean againstAllWinningFailsElection, TieRule tieRule) {

    public TallyRules {
        Objects.requireNonNull(tieRule, "tieRule");
    }

    /** The values of an election's ruleset, without their citations. */
    public static TallyRules of(kz.election.ruleset.TallyRules ruleset) {
        return new TallyRules(ruleset.againstAllWinningFailsElection().value(), ruleset.tieRule().value());
    }

    public static TallyRules defaults() {
        return new TallyRules(false, TieRule.REPEAT_VOTING);
    }
}
