package kz.election.tally;

/** What a tie at the top leads to. No statutory rule was found (docs/RULES.md, U), so it is a ruleset choice. */
public enum TieRule {
    /** The tied candidates go to repeat voting (the default). */
    REPEAT_VOTING,
    /** The tied candidate registered first wins. */
    EARLIER_REGISTRATION
}
