package kz.election.results;

/** What the election came to, as the public page states it; null in the view while nothing is decided. */
public enum PublicOutcome {
    /** The candidate with the most votes is elected. */
    ELECTED,
    /** A tie at the top: the tied candidates go to repeat voting. */
    REPEAT_VOTING,
    /** Invalid or failed (declared invalid, "against all" ahead under the ruleset switch, no valid result): a repeat election follows. */
    REPEAT_ELECTION,
    /** Annulled by a complaint remedy or a court: a repeat election follows. */
    ANNULLED,
    /** Cancelled by the territorial commission. */
    CANCELLED
}
