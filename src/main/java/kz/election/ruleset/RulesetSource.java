package kz.election.ruleset;

/** The text of one ruleset file and the name errors should point at. */
public record RulesetSource(String fileName, String text) {
}
