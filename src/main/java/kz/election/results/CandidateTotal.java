package kz.election.results;

import java.math.BigDecimal;

/** A candidate's votes over the counted precincts; the share is of all ballots found, as the tabulation counts it. */
public record CandidateTotal(String registrationNumber, String name, long votes, BigDecimal sharePercent) {
}
