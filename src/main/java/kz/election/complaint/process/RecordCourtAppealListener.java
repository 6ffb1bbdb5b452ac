package kz.election.complaint.process;

import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintVariables;
import kz.election.platform.EngineUsers;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Record a court appeal": court, date and case number; a bad field keeps the task open. */
@Component("recordCourtAppealListener")
class RecordCourtAppealListener implements TaskListener {

    private final ComplaintService complaints;
    private final EngineUsers engineUsers;

    RecordCourtAppealListener(ComplaintService complaints, EngineUsers engineUsers) {
        this.complaints = complaints;
        this.engineUsers = engineUsers;
    }

    @Override
    public void notify(DelegateTask task) {
        complaints.recordAppeal(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(ComplaintVariables.COURT_NAME)),
                FormValues.date(ComplaintVariables.APPEALED_ON, task.getVariable(ComplaintVariables.APPEALED_ON)),
                FormValues.text(task.getVariable(ComplaintVariables.CASE_NUMBER)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
    }
}
