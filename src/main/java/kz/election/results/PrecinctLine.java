package kz.election.results;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One precinct's row. {@code registeredVoters} is the precinct list of the announcement; the other
 * figures are those of its current accepted protocol and stay null while it has none.
 *
 * @param votes votes per candidate by registration number, in ballot order
 * @param excludedByComplaint the complaint whose remedy annulled the precinct's results (EXCLUDED only;
 *                            null when the annulment names none)
 */
public record PrecinctLine(
        int number,
        String address,
        int registeredVoters,
        PrecinctStatus status,
        Integer protocolVersion,
        Long votersOnList,
        Long ballotsFound,
        BigDecimal turnoutPercent,
        Long invalidBallots,
        Long againstAll,
        Map<String, Long> votes,
        String excludedByComplaint) {

    public PrecinctLine {
        votes = votes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    /** A precinct that is not excluded. */
    public PrecinctLine(int number, String address, int registeredVoters, PrecinctStatus status,
                        Integer protocolVersion, Long votersOnList, Long ballotsFound, BigDecimal turnoutPercent,
                        Long invalidBallots, Long againstAll, Map<String, Long> votes) {
        this(number, address, registeredVoters, status, protocolVersion, votersOnList, ballotsFound, turnoutPercent,
                invalidBallots, againstAll, votes, null);
    }
}
