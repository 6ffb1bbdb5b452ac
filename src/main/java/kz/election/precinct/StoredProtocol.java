package kz.election.precinct;

import java.time.OffsetDateTime;
import java.util.List;
import kz.election.protocol.ProtocolFailure;
import kz.election.protocol.ProtocolFigures;

/** One protocol as stored: its figures as entered, the check failures, and who submitted and accepted it. */
public record StoredProtocol(
        long id,
        String electionNumber,
        int precinctNumber,
        int version,
        int attempt,
        ProtocolStatus status,
        ProtocolFigures figures,
        List<ProtocolFailure> failures,
        String submittedBy,
        OffsetDateTime submittedAt,
        String acceptedBy,
        OffsetDateTime acceptedAt) {

    public StoredProtocol {
        failures = List.copyOf(failures);
    }
}
