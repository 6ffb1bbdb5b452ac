package kz.election.results;

/** A territory of the register (KATO) as the public pages show it: its code and its name in the reader's language. */
public record TerritoryName(String code, String name) {
}
