package kz.election.noconfidence;

/** Why deputies bring a motion: the typical ground of Art. 24, or another one they state. */
public enum MotionGround {
    /** The maslikhat rejected the akim's reports twice (two dates within the term). */
    REPORTS_REJECTED_TWICE,
    /** Another ground, stated in words by the initiators. */
    OTHER
}
