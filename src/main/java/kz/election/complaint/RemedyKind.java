package kz.election.complaint;

/** What an upheld complaint (or an overturning court ruling) orders; each acts through one message. */
public enum RemedyKind {
    /** Recount at a precinct: a new protocol version (message recountOrdered). */
    RECOUNT,
    /** Annul a precinct's results: excluded from tabulation (message precinctAnnulled). */
    ANNUL_PRECINCT,
    /** Cancel a candidate's registration on a ground (message candidateDeregistration). */
    DEREGISTER,
    /** Restore a refused or deregistered candidate's registration (message candidateReinstatement). */
    REINSTATE,
    /** The election is invalid; a REPEAT election follows (message electionAnnulled). */
    ANNUL_ELECTION
}
