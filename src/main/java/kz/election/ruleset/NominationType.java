package kz.election.ruleset;

/** Who put the candidate forward: a registered political party, or the candidate with signatures. */
public enum NominationType {
    PARTY,
    SELF
}
