package kz.election.candidate;

/** What one rule says about one nomination. */
public enum RuleOutcome {
    PASSED,
    FAILED,
    /** The rule does not apply to this nomination (signatures for a party nominee, no deposit required). */
    NOT_APPLICABLE,
    /** A person must decide: a declaration to confirm, an answer not yet given, data that cannot be read. */
    NEEDS_STAFF_CONFIRMATION
}
