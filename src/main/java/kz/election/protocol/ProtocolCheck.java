package kz.election.protocol;

/** The control checks of a precinct result protocol (docs/RULES.md, "Ballot and count"). */
public enum ProtocolCheck {
    /** Every line is filled in: a blank is not a zero. */
    NO_BLANK_FIGURES,
    /** Exactly one line per candidate on the ballot, none for anyone else. */
    CANDIDATE_LINES_MATCH_BALLOT,
    /** All counts >= 0. */
    COUNTS_NOT_NEGATIVE,
    /** issued (station + home) + cancelled = received. */
    ISSUED_PLUS_CANCELLED_EQUALS_RECEIVED,
    /** found <= issued. */
    FOUND_NOT_MORE_THAN_ISSUED,
    /** invalid + sum(candidates) + against all = found. */
    INVALID_PLUS_VOTES_EQUALS_FOUND,
    /** issued <= voters on the list. */
    ISSUED_NOT_MORE_THAN_VOTERS,
    /** A line the commission's records fix (the closed list, the ballot acts, the home register) is as they say. */
    FIGURES_MATCH_RECORDS
}
