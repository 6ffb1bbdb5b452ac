package kz.election.complaint;

/** What the court decided about the commission's decision; a court ruling overrides the commission. */
public enum CourtRuling {
    UPHELD_DECISION,
    OVERTURNED
}
