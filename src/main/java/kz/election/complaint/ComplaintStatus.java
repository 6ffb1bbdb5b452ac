package kz.election.complaint;

/** Where a complaint stands; shown on the public results page. */
public enum ComplaintStatus {
    /** Recorded; the filing deadline is checked next. */
    RECEIVED,
    /** Admissible, waiting for the commission's decision. */
    UNDER_REVIEW,
    /** Filed after the filing deadline: recorded and answered, not reviewed. */
    INADMISSIBLE,
    /** The commission dismissed or upheld it. */
    DECIDED,
    /** The commission's decision was appealed to court. */
    APPEALED,
    /** The court ruled on the appeal. */
    COURT_RULED
}
