package kz.election.results;

/** Where a precinct's count stands on the public page. */
public enum PrecinctStatus {
    /** Its accepted protocol counts. */
    COUNTED,
    /** No accepted protocol yet (not entered, being corrected, or waiting for the territorial commission). */
    AWAITING,
    /** Its results were annulled; whatever it counted is left out of the totals. */
    EXCLUDED
}
