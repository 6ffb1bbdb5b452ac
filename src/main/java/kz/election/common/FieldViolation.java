package kz.election.common;

/** One thing wrong with an input, and where: a form field, a JSON path, or "line 4, voters" of an upload. */
public record FieldViolation(String field, String message) {
}
