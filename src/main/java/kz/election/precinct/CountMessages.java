package kz.election.precinct;

import kz.election.model.ElectionModel;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** What a precinct count tells its election (docs/PROCESS-CONTRACTS.md, "Messages"). */
@Service
public class CountMessages {

    public static final String RESULT_REVISION_REQUESTED = ElectionModel.Messages.RESULT_REVISION_REQUESTED;
    public static final String REVISION_CAUSE = "revisionCause";

    private final RuntimeService runtimeService;
    private final ProtocolService protocols;

    CountMessages(RuntimeService runtimeService, ProtocolService protocols) {
        this.runtimeService = runtimeService;
        this.protocols = protocols;
    }

    /**
     * Asks the election to re-tabulate after the precinct's recount was accepted; the version named in
     * the cause is the one the database holds as accepted, not a variable.
     */
    public int requestRecountRevision(String electionNumber, int precinctNumber, String complaintNumber) {
        int version = protocols.acceptedVersion(electionNumber, precinctNumber).orElseThrow(() -> new IllegalStateException(
                "precinct " + precinctNumber + " of election " + electionNumber
                        + " has no accepted protocol to revise the result with"));
        return requestResultRevision(electionNumber, recountCause(complaintNumber, precinctNumber, version));
    }

    /**
     * Asks the election to re-tabulate after an accepted recount. Before a result exists the election
     * may not wait for it (the regular path tabulates later), so finding no receiver is not an error.
     *
     * @return how many waiting election executions received it
     */
    public int requestResultRevision(String electionNumber, String cause) {
        return runtimeService.createMessageCorrelation(RESULT_REVISION_REQUESTED)
                .processInstanceBusinessKey(electionNumber)
                .setVariable(REVISION_CAUSE, cause)
                .correlateAllWithResult().size();
    }

    /** "complaint 2026-RUR-0042-C001" when a complaint ordered the recount, else what was recounted. */
    public static String recountCause(String complaintNumber, int precinctNumber, int version) {
        return complaintNumber == null || complaintNumber.isBlank()
                ? "recount of precinct " + precinctNumber + ", protocol version " + version
                : "complaint " + complaintNumber.strip();
    }
}
