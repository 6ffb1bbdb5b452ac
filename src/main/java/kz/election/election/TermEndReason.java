package kz.election.election;

/** How an akim's term ended before its time (each starts an EARLY election). */
public enum TermEndReason {
    DISMISSED,
    RESIGNED,
    DIED
}
