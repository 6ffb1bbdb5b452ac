package kz.election.tally;

import java.util.Objects;
import kz.election.protocol.ProtocolFigures;

/**
 * One accepted version of a precinct's result protocol. An accepted protocol never changes; a
 * recount adds a higher version, and the count uses the highest.
 */
public record AcceptedProtocol(String precinctNumber, int version, ProtocolFigures figures) {

    public AcceptedProtocol {
        Objects.requireNonNull(precinctNumber, "precinctNumber");
        Objects.requireNonNull(figures, "figures");
    }
}
