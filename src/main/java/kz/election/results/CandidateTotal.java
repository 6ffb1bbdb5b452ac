package kz.election.results;

import java.math.BigDecimal;

/**
 * A candidate's votes over the counted precincts; the share is of all ballots found, as the tabulation
 * counts it. A struck-off candidate's votes count and show, but that candidate cannot win.
 */
public record CandidateTotal(String registrationNumber, String name, long votes, BigDecimal sharePercent,
                             boolean struckOff) {

    /** A candidate still standing. */
    public CandidateTotal(String registrationNumber, String name, long votes, BigDecimal sharePercent) {
        this(registrationNumber, name, votes, sharePercent, false);
    }
}
