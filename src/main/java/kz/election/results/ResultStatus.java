package kz.election.results;

/**
 * How far the public result has come. A real commission makes a result public only by publishing it,
 * so a result the territorial commission has established but a second member has not yet published is
 * not shown: the public keeps seeing the live count, marked preliminary, with a note that publication
 * is pending (AWAITING_PUBLICATION). Once published, the figures are those of the published version.
 */
public enum ResultStatus {
    /** No result established: the figures are the live count of the accepted protocols. */
    PRELIMINARY,
    /** Established by the commission, not yet published: still the live count, marked preliminary. */
    AWAITING_PUBLICATION,
    /** A result version is published; complaints may still revise it. */
    PUBLISHED,
    /** Published and the election has ended (akim registered, repeat voting or election called, annulled). */
    FINAL
}
