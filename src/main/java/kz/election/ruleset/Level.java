package kz.election.ruleset;

/** The two kinds of akim post elected directly; the ruleset keys its calendar by them. */
public enum Level {
    /** Akim of a city of district significance, village, settlement or rural district. */
    RURAL,
    /** Akim of a district or a city of regional significance. */
    DISTRICT
}
