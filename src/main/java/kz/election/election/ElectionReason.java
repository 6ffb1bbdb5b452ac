package kz.election.election;

public enum ElectionReason {
    /** The sitting akim's term ends. */
    REGULAR,
    /** A previous election failed or was declared invalid. */
    REPEAT,
    /** The post fell vacant early: resignation, dismissal, death, no confidence. */
    EARLY
}
