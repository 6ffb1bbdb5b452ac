package kz.election.noconfidence;

/** Where a case stands; the noConfidence process moves it on. */
public enum MotionStatus {
    FILED, INADMISSIBLE, ADMITTED, FAILED, CARRIED, REFUSED, DISMISSED, TERM_ENDED, EARLY_ELECTION_CALLED
}
