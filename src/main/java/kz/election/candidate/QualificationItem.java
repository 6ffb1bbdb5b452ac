package kz.election.candidate;

/** One civil-service requirement of the post (education, experience) from the ruleset's checklist. */
public record QualificationItem(String code, String text) {

    public QualificationItem {
        RequiredDocument.requireText(code, "code");
        RequiredDocument.requireText(text, "text");
    }
}
