package kz.election.precinct;

import java.util.Objects;
import kz.election.protocol.ProtocolFigures;

/**
 * A precinct commission's protocol as handed in, from the Tasklist form or over REST.
 *
 * @param version        1 for the count of election night, higher for a recount
 * @param idempotencyKey the same key returns the protocol already stored instead of adding one
 */
public record ProtocolSubmission(String electionNumber, int precinctNumber, int version, ProtocolFigures figures,
                                 String submittedBy, String idempotencyKey) {

    public ProtocolSubmission {
        Objects.requireNonNull(electionNumber, "electionNumber");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (version < 1) {
            throw new IllegalArgumentException("protocol versions start at 1, was " + version);
        }
    }
}
