package kz.election.tally;

import java.math.BigDecimal;
import java.util.List;
import kz.election.protocol.ProtocolFigures;

/**
 * The result of counting the accepted protocols of one election.
 *
 * <p>Shares (of candidates and of "against all") are percentages of all ballots found in the boxes,
 * invalid ones included. docs/RULES.md does not name the denominator; the Election Law states its vote
 * thresholds (e.g. the 5% for refunding a deposit) as a share "of the voters who took part in the
 * voting", and those are the ballots found. Turnout is ballots found / voters on the list. Both are
 * over counted precincts only, rounded to 2 decimals HALF_UP, and 0.00 when the denominator is 0.
 *
 * <p>The outcome is provisional until {@link #isComplete()}: the TEC establishes a result only when
 * every precinct is counted or excluded.
 *
 * @param totals            every protocol field summed over the counted precincts; candidate lines in
 *                          ballot order
 * @param candidates        one entry per candidate, in ballot order
 * @param precinctsCounted  precincts with an accepted protocol that are not excluded
 * @param precinctsExcluded precincts whose results were annulled
 */
public record Tabulation(
        ProtocolFigures totals,
        BigDecimal turnoutPercent,
        List<CandidateResult> candidates,
        long againstAllVotes,
        BigDecimal againstAllSharePercent,
        int precinctsCounted,
        int precinctsExcluded,
        int precinctsTotal,
        Outcome outcome) {

    public Tabulation {
        candidates = List.copyOf(candidates);
    }

    public boolean isComplete() {
        return precinctsCounted + precinctsExcluded == precinctsTotal;
    }
}
