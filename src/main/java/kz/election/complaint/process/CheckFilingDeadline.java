package kz.election.complaint.process;

import kz.election.complaint.ComplaintService;
import kz.election.model.ComplaintModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The ruleset's filing term: the gateway's flag (late goes to an officer), the review timers' dates and the forms' facts. */
@Component(ComplaintModel.Elements.CHECK_FILING_DEADLINE)
record CheckFilingDeadline(ComplaintService complaints) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        AdmissionVariables.set(execution,
                complaints.admit(ProcessBusinessKey.of(execution), execution.getProcessInstanceId()));
    }
}
