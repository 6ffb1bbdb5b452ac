package kz.election.precinct.process;

import kz.election.precinct.CountMessages;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An accepted recount changes the precinct's figures: the election re-tabulates (if it has a result yet). */
@Component("requestResultRevision")
class RequestResultRevision implements JavaDelegate {

    static final String COMPLAINT_NUMBER = "complaintNumber";

    private final CountMessages messages;
    private final ProtocolService protocols;

    RequestResultRevision(CountMessages messages, ProtocolService protocols) {
        this.messages = messages;
        this.protocols = protocols;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String election = CountVariables.electionNumber(execution);
        int precinct = CountVariables.precinctNumber(execution);
        // the version is the one the database holds as accepted, not a variable
        int version = protocols.acceptedVersion(election, precinct).orElseThrow(() -> new IllegalStateException(
                "precinct " + precinct + " of election " + election + " has no accepted protocol to revise the result with"));
        messages.requestResultRevision(election, CountMessages.recountCause(
                (String) execution.getVariable(COMPLAINT_NUMBER), precinct, version));
    }
}
