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
        return new RuleResult(code, code.businessName(), params.citationFor(code), outcome, message);
    }
}
