package kz.election.results;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The published result version the page shows (kz.election.election.ResultVersion without who
 * established and published it: those are staff accounts, kept in the decision log).
 *
 * @param countOutcome what was decided: ELECTED, REPEAT_VOTING, FAILED_AGAINST_ALL, NO_VALID_RESULT, or
 *                     INVALID when the commission declared the election invalid
 * @param tied         the candidates tied at the top (repeat voting), in ballot order
 * @param invalidityReason the commission's stated violations when it declared the election invalid
 */
public record PublishedResult(int version, PublicOutcome outcome, String countOutcome,
                              String winnerRegistrationNumber, String winnerName, List<CandidateTotal> tied,
                              String invalidityReason, String cause, OffsetDateTime establishedAt,
                              OffsetDateTime publishedAt) {

    public PublishedResult {
        tied = List.copyOf(tied);
    }
}
