package kz.election.candidate;

/**
 * A legal ground for refusing or cancelling a registration, as the ruleset lists it: the code is
 * stored, the text and citation go into the letter to the candidate.
 */
public record RefusalGround(String code, String text, String citation) {

    public RefusalGround {
        RequiredDocument.requireText(code, "code");
        RequiredDocument.requireText(text, "text");
        RequiredDocument.requireText(citation, "citation");
    }
}
