package kz.election.ruleset;

/** Who decides on dismissal after a maslikhat's vote of no confidence. */
public enum Decider {
    PRESIDENT_OR_HIGHER_AKIM
}
