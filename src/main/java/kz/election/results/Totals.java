package kz.election.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tabulation over the counted precincts (kz.election.tally.Tally): the same figures the
 * territorial commission establishes the result from. Shares are percentages of ballots found.
 */
public record Totals(
        long votersOnList,
        long ballotsFound,
        long invalidBallots,
        BigDecimal invalidSharePercent,
        long againstAll,
        BigDecimal againstAllSharePercent,
        List<CandidateTotal> candidates) {

    public Totals {
        candidates = List.copyOf(candidates);
    }
}
