package kz.election.protocol;

/**
 * Stable names of the protocol fields, used in check failures so that a form can mark the lines a
 * failure is about. They equal the component names of {@link ProtocolFigures}; a candidate line is
 * {@code candidateVotes[<registration number>]}.
 */
public final class ProtocolFields {

    public static final String VOTERS_ON_LIST = "votersOnList";
    public static final String BALLOTS_RECEIVED = "ballotsReceived";
    public static final String BALLOTS_ISSUED_AT_STATION = "ballotsIssuedAtStation";
    public static final String BALLOTS_ISSUED_AT_HOME = "ballotsIssuedAtHome";
    public static final String BALLOTS_CANCELLED = "ballotsCancelled";
    public static final String BALLOTS_FOUND = "ballotsFound";
    public static final String INVALID_BALLOTS = "invalidBallots";
    public static final String CANDIDATE_VOTES = "candidateVotes";
    public static final String AGAINST_ALL = "againstAll";
    /** The candidate lines a protocol form has; a longer ballot does not fit it. */
    public static final int MAX_CANDIDATE_LINES = 15;

    private ProtocolFields() {
    }

    public static String candidateVotes(String registrationNumber) {
        return CANDIDATE_VOTES + "[" + registrationNumber + "]";
    }
}
