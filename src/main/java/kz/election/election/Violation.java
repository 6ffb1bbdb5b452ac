package kz.election.election;

/** A broken rule: the form field to mark, a message stating the rule and the dates, and its legal source. */
public record Violation(String field, String message, String citation) {
}
