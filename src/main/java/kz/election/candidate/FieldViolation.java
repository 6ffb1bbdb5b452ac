package kz.election.candidate;

/** A problem with one input field, named so a form can show it beside that field. */
public record FieldViolation(String field, String message) {
}
