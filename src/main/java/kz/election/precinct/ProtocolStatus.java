package kz.election.precinct;

/** Where a stored protocol stands. Only ACCEPTED counts; ACCEPTED and SUPERSEDED never change again. */
public enum ProtocolStatus {
    /** Passed the control checks; waits for the territorial commission. */
    SUBMITTED,
    /** Failed the control checks; the precinct corrects it and submits again. */
    REJECTED,
    /** Accepted by the territorial commission: the precinct's current result. */
    ACCEPTED,
    /** Was accepted, then replaced by an accepted recount; kept for the record. */
    SUPERSEDED
}
