package kz.election.ruleset;

/** One item of a ruleset list (a document, a qualification, a legal ground) with its source. */
public record Clause(String code, String text, String citation, Certainty certainty) {
}
