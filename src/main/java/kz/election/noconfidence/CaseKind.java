package kz.election.noconfidence;

/** What a noConfidence case records: a motion, or another early end of the akim's term. */
public enum CaseKind {
    MOTION, RESIGNATION, DEATH
}
