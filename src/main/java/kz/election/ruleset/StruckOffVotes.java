package kz.election.ruleset;

/**
 * What the count makes of the votes of a candidate struck off the ballot after it was fixed (withdrawn or
 * deregistered, their line crossed out). No legal rule was found (docs/RULES.md, Ballot and count), so the
 * ruleset chooses; whichever it is, a struck-off candidate is never elected.
 */
public enum StruckOffVotes {
    /** Their votes stay theirs and are published; the candidate still standing with the most votes wins (the default). */
    COUNTED_CANNOT_WIN,
    /** A ballot marked on a crossed-out line is an invalid ballot: their votes are added to the invalid ones. */
    INVALID,
    /** Their votes stay theirs; when they have more votes than every candidate still standing, the count has no valid result. */
    LEADING_FAILS_ELECTION
}
