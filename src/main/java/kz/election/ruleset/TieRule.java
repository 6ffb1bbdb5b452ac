package kz.election.ruleset;

/** What happens when candidates tie for the most votes; no legal rule was found, so the ruleset chooses. */
public enum TieRule {
    REPEAT_VOTING,
    EARLIER_REGISTRATION
}
