package kz.election.complaint;

/** What a complaint is about; the subject reference names the thing (a nomination, a precinct, a result). */
public enum ComplaintSubject {
    /** A registration decision: the reference is the nomination reference. */
    REGISTRATION_DECISION,
    /** A refusal to register: the reference is the nomination reference. */
    REFUSAL,
    /** A precinct's protocol: the reference is the precinct number. */
    PRECINCT_PROTOCOL,
    /** The established result: the reference names the result (e.g. its date or version). */
    RESULT,
    /** A violation on election day: the reference names where (a precinct number or a place). */
    ELECTION_DAY_VIOLATION
}
