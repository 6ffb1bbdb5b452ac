package kz.election.precinct;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An accepted recount changes the precinct's figures: the election re-tabulates (if it has a result yet). */
@Component("requestResultRevision")
class RequestResultRevision implements JavaDelegate {

    static final String COMPLAINT_NUMBER = "complaintNumber";

    private final CountMessages messages;

    RequestResultRevision(CountMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.requestResultRevision(CountVariables.electionNumber(execution), CountMessages.recountCause(
                (String) execution.getVariable(COMPLAINT_NUMBER), CountVariables.precinctNumber(execution),
                ((Number) execution.getVariable(CountVariables.PROTOCOL_VERSION)).intValue()));
    }
}
