package kz.election.noconfidence;

/**
 * What a noConfidence case records: a motion, or another early end of the akim's term: a resignation, a
 * dismissal by the President or the higher akim on their own ground (outside a motion), or a death.
 */
public enum CaseKind {
    MOTION, RESIGNATION, DISMISSAL, DEATH
}
