package kz.election.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one precinct result protocol, as entered by the precinct election commission.
 *
 * <p>Every figure is nullable on purpose: this is unchecked input from a form, and a blank line is a
 * finding that {@link ProtocolChecks} reports by field name instead of failing with an exception.
 * Ballots issued are entered as two lines (at the station, at home); {@link #ballotsIssued()} is
 * their sum.
 *
 * @param candidateVotes votes per candidate keyed by registration number, kept in the order given
 *                       (ballot order when built from a ballot)
 */
public record ProtocolFigures(
        Long votersOnList,
        Long ballotsReceived,
        Long ballotsIssuedAtStation,
        Long ballotsIssuedAtHome,
        Long ballotsCancelled,
        Long ballotsFound,
        Long invalidBallots,
        Map<String, Long> candidateVotes,
        Long againstAll) {

    public ProtocolFigures {
        // LinkedHashMap rather than Map.copyOf: keeps ballot order and tolerates a blank (null) line.
        candidateVotes = candidateVotes == null
                ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(candidateVotes));
    }

    /**
     * Ballots issued at the station plus at home. Meant for protocols that passed
     * {@link ProtocolChecks}; those never hold a blank, and their sums fit a long because every
     * count is non-negative and bounded by ballots received.
     *
     * @throws NullPointerException when either line is blank
     * @throws ArithmeticException when the sum does not fit a long
     */
    public long ballotsIssued() {
        return Math.addExact(ballotsIssuedAtStation, ballotsIssuedAtHome);
    }
}
