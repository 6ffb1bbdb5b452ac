package kz.election.candidate;

import java.util.Objects;

/**
 * One line of the eligibility checklist.
 *
 * @param message a sentence for staff and for the candidate's letter, naming the numbers
 */
public record RuleResult(RuleCode code, String name, String citation, RuleOutcome outcome, String message) {

    public RuleResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    static RuleResult of(RuleCode code, EligibilityParameters params, RuleOutcome outcome, String message) {
        // staff decide on this line: a rule the law does not confirm says so where they read it
        String marked = outcome != RuleOutcome.NOT_APPLICABLE && params.unconfirmed().contains(code)
                ? message + " " + UNCONFIRMED_MARK : message;
        return new RuleResult(code, code.businessName(), params.citationFor(code), outcome, marked);
    }

    /** docs/RULES.md, the marks: U, no source found; the value is a default of the ruleset. */
    public static final String UNCONFIRMED_MARK = kz.election.ruleset.Certainty.UNCONFIRMED_MARK;
}
