package kz.election.tally;

import java.math.BigDecimal;
import kz.election.ballot.BallotCandidate;

/**
 * @param sharePercent votes as a percentage of all ballots found in the boxes (see {@link Tabulation})
 */
public record CandidateResult(BallotCandidate candidate, long votes, BigDecimal sharePercent) {
}
