package kz.election.precinct.process;

import kz.election.complaint.ComplaintVariables;
import kz.election.model.PrecinctCountModel;
import kz.election.precinct.CountMessages;
import kz.election.precinct.CountVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An accepted recount changes the precinct's figures: the election re-tabulates (if it has a result yet). */
@Component(PrecinctCountModel.Elements.REQUEST_RESULT_REVISION)
record RequestResultRevision(CountMessages messages) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CountVariables.Count count = CountVariables.countOf(execution);
        messages.requestRecountRevision(count.election(), count.precinct(),
                (String) execution.getVariable(ComplaintVariables.COMPLAINT_NUMBER));
    }
}
