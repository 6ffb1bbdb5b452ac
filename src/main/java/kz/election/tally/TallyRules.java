package kz.election.tally;

import java.util.Objects;

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

    public static TallyRules defaults() {
        return new TallyRules(false, TieRule.REPEAT_VOTING);
    }
}
