package kz.election.candidate;

import java.util.Objects;
import kz.election.ruleset.Certainty;

/**
 * One civil-service requirement of the post (education, experience) from the ruleset's checklist.
 *
 * @param staffConfirms at this election's level, not meeting it is a point for staff to confirm, never a
 *                      refusal by itself (docs/RULES.md, Nomination and eligibility: higher education of a
 *                      RURAL nominee)
 * @param certainty     how sure the ruleset is of the requirement, shown to staff beside it
 */
public record QualificationItem(String code, String text, boolean staffConfirms, Certainty certainty) {

    public QualificationItem(String code, String text) {
        this(code, text, false, Certainty.C);
    }

    public QualificationItem {
        RequiredDocument.requireText(code, "code");
        RequiredDocument.requireText(text, "text");
        Objects.requireNonNull(certainty, "certainty");
    }
}
