package kz.election.candidate;

import java.util.Objects;

/**
 * One line of the eligibility checklist.
 *
 * @param message a sentence for staff and for the candidate's letter, naming the numbers (English)
 * @param text    the same finding as a bundle key and arguments, read in kk, ru or en ({@link ChecklistTexts});
 *                null in a line stored before it was kept, which reads as {@code message}
 */
public record RuleResult(RuleCode code, String name, String citation, RuleOutcome outcome, String message,
                         CheckText text) {

    /** A line without its text in other languages (a finding withheld from a reader). */
    public RuleResult(RuleCode code, String name, String citation, RuleOutcome outcome, String message) {
        this(code, name, citation, outcome, message, null);
    }

    public RuleResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    static RuleResult of(RuleCode code, EligibilityParameters params, RuleOutcome outcome, CheckText text) {
        // staff decide on this line: a rule the law does not confirm says so where they read it
        CheckText marked = outcome != RuleOutcome.NOT_APPLICABLE && params.unconfirmed().contains(code)
                ? text.markedUnconfirmed() : text;
        return new RuleResult(code, code.businessName(), params.citationFor(code), outcome,
                ChecklistTexts.message(marked, "en"), marked);
    }

    /** docs/RULES.md, the marks: U, no source found; the value is a default of the ruleset. */
    public static final String UNCONFIRMED_MARK = kz.election.ruleset.Certainty.UNCONFIRMED_MARK;
}
