package kz.election.election;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/**
 * One version of an election's result: the tabulation as counted, then established and published by
 * two different members of the commission (or by the system for a revision a complaint decision caused).
 *
 * @param outcome        ELECTED, REPEAT_VOTING, FAILED_AGAINST_ALL, NO_VALID_RESULT, or INVALID when the
 *                       commission declared the election invalid
 * @param tallyOutcome   what the count alone decided
 * @param tied           registration numbers tied at the top (REPEAT_VOTING)
 * @param tabulation     the whole tabulation (the tally's {@code Tabulation}) as JSON
 */
public record ResultVersion(
        String electionNumber,
        int version,
        String outcome,
        String tallyOutcome,
        String winnerRegistrationNumber,
        String winnerName,
        List<String> tied,
        @JsonRawValue String tabulation,
        String cause,
        Instant tabulatedAt,
        String establishedBy,
        Instant establishedAt,
        String invalidityReason,
        String publishedBy,
        Instant publishedAt) {

    public static final String INVALID = "INVALID";

    public ResultVersion {
        tied = List.copyOf(tied);
    }

    public boolean established() {
        return establishedAt != null;
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** The way the election goes on after this result: ELECTED, REPEAT_VOTING, or INVALID (a REPEAT election). */
    public String route() {
        return switch (outcome) {
            case "ELECTED", "REPEAT_VOTING" -> outcome;
            default -> INVALID;
        };
    }
}
