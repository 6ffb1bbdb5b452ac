package kz.election.protocol;

import static kz.election.protocol.ProtocolFields.BALLOTS_CANCELLED;
import static kz.election.protocol.ProtocolFields.BALLOTS_ISSUED_AT_HOME;
import static kz.election.protocol.ProtocolFields.BALLOTS_ISSUED_AT_STATION;
import static kz.election.protocol.ProtocolFields.BALLOTS_RECEIVED;
import static kz.election.protocol.ProtocolFields.VOTERS_ON_LIST;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A protocol against the commission's records: a line the records fix is taken from them when the PEC left
 * it blank, and refused, naming the line and the record, when the PEC entered another number.
 */
public final class RecordedFigureChecks {

    /** The lines records can fix; the count's own lines (found, invalid, votes) never come from a record. */
    private static final Map<String, Function<ProtocolFigures, Long>> RECORDABLE = Map.of(
            VOTERS_ON_LIST, ProtocolFigures::votersOnList,
            BALLOTS_RECEIVED, ProtocolFigures::ballotsReceived,
            BALLOTS_ISSUED_AT_STATION, ProtocolFigures::ballotsIssuedAtStation,
            BALLOTS_ISSUED_AT_HOME, ProtocolFigures::ballotsIssuedAtHome,
            BALLOTS_CANCELLED, ProtocolFigures::ballotsCancelled);

    private RecordedFigureChecks() {
    }

    /** The protocol with every blank line the records fix filled in from them; entered lines stay as entered. */
    public static ProtocolFigures completed(ProtocolFigures entered, List<RecordedFigure> recorded) {
        Objects.requireNonNull(entered, "entered");
        Map<String, Long> lines = new HashMap<>();
        RECORDABLE.forEach((field, line) -> lines.put(field, line.apply(entered)));
        // putIfAbsent also fills a line mapped to null: a blank line takes the record's value
        recordable(recorded).forEach(r -> lines.putIfAbsent(r.field(), r.value()));
        return new ProtocolFigures(lines.get(VOTERS_ON_LIST), lines.get(BALLOTS_RECEIVED),
                lines.get(BALLOTS_ISSUED_AT_STATION), lines.get(BALLOTS_ISSUED_AT_HOME), lines.get(BALLOTS_CANCELLED),
                entered.ballotsFound(), entered.invalidBallots(), entered.candidateVotes(), entered.againstAll());
    }

    /** A failure for each line the PEC entered differently from the records, naming both numbers. */
    public static List<ProtocolFailure> check(ProtocolFigures entered, List<RecordedFigure> recorded) {
        List<ProtocolFailure> failures = new ArrayList<>();
        for (RecordedFigure r : recordable(recorded)) {
            Long value = RECORDABLE.get(r.field()).apply(entered);
            if (value != null && value != r.value()) {
                failures.add(new ProtocolFailure(ProtocolCheck.FIGURES_MATCH_RECORDS, List.of(r.field()),
                        r.field() + " is " + value + ", but " + r.source() + " has " + r.value()));
            }
        }
        return failures;
    }

    private static List<RecordedFigure> recordable(List<RecordedFigure> recorded) {
        Set<String> seen = new HashSet<>();
        for (RecordedFigure r : recorded) {
            if (!RECORDABLE.containsKey(r.field())) {
                throw new IllegalArgumentException(r.field() + " is a line of the count, no record fixes it");
            }
            if (!seen.add(r.field())) {
                // two records claiming one line is a wiring error, not a finding about this protocol
                throw new IllegalArgumentException("two records fix " + r.field() + ": " + recorded);
            }
        }
        return recorded;
    }
}
