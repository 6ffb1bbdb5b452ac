package kz.election.results;

import java.math.BigDecimal;

/**
 * How far the count has come: precincts counted (accepted protocol, not excluded) of all precincts,
 * and the turnout over the counted precincts so far (ballots found / voters on their lists, percent).
 */
public record Progress(int precinctsCounted, int precinctsExcluded, int precinctsTotal, BigDecimal turnoutPercent) {

    public boolean complete() {
        return precinctsCounted + precinctsExcluded == precinctsTotal;
    }
}
