package kz.election.protocol;

import static kz.election.protocol.ProtocolFields.BALLOTS_CANCELLED;
import static kz.election.protocol.ProtocolFields.BALLOTS_ISSUED_AT_HOME;
import static kz.election.protocol.ProtocolFields.BALLOTS_ISSUED_AT_STATION;
import static kz.election.protocol.ProtocolFields.BALLOTS_RECEIVED;
import static kz.election.protocol.ProtocolFields.VOTERS_ON_LIST;

import java.util.ArrayList;
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
        ProtocolFigures f = entered;
        for (RecordedFigure r : recordable(recorded)) {
            if (RECORDABLE.get(r.field()).apply(f) != null) {
                continue;
            }
            f = switch (r.field()) {
                case VOTERS_ON_LIST -> new ProtocolFigures(r.value(), f.ballotsReceived(), f.ballotsIssuedAtStation(),
                        f.ballotsIssuedAtHome(), f.ballotsCancelled(), f.ballotsFound(), f.invalidBallots(),
                        f.candidateVotes(), f.againstAll());
                case BALLOTS_RECEIVED -> new ProtocolFigures(f.votersOnList(), r.value(), f.ballotsIssuedAtStation(),
                        f.ballotsIssuedAtHome(), f.ballotsCancelled(), f.ballotsFound(), f.invalidBallots(),
                        f.candidateVotes(), f.againstAll());
                case BALLOTS_ISSUED_AT_STATION -> new ProtocolFigures(f.votersOnList(), f.ballotsReceived(), r.value(),
                        f.ballotsIssuedAtHome(), f.ballotsCancelled(), f.ballotsFound(), f.invalidBallots(),
                        f.candidateVotes(), f.againstAll());
                case BALLOTS_ISSUED_AT_HOME -> new ProtocolFigures(f.votersOnList(), f.ballotsReceived(),
                        f.ballotsIssuedAtStation(), r.value(), f.ballotsCancelled(), f.ballotsFound(),
                        f.invalidBallots(), f.candidateVotes(), f.againstAll());
                default -> new ProtocolFigures(f.votersOnList(), f.ballotsReceived(), f.ballotsIssuedAtStation(),
                        f.ballotsIssuedAtHome(), r.value(), f.ballotsFound(), f.invalidBallots(),
                        f.candidateVotes(), f.againstAll());
            };
        }
        return f;
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
        Set<String> seen = new java.util.HashSet<>();
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
