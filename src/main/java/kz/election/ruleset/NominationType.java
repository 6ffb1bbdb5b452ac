package kz.election.ruleset;

public enum NominationType {
    PARTY,
    SELF
}
