package kz.election.ruleset;

/** What happens when candidates tie for the most votes; no legal rule was found, so the ruleset chooses. */
public enum TieRule {
    /** The tied candidates go to repeat voting (the default). */
    REPEAT_VOTING,
    /** The tied candidate registered first wins. */
    EARLIER_REGISTRATION
}
