package kz.election.complaint.process;

import kz.election.complaint.Complaint;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintVariables;
import kz.election.complaint.CourtRuling;
import kz.election.platform.EngineUsers;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Record the court's ruling": an overturning ruling needs a remedy that can act now. */
@Component("recordCourtRulingListener")
class RecordCourtRulingListener implements TaskListener {

    private final ComplaintService complaints;
    private final EngineUsers engineUsers;

    RecordCourtRulingListener(ComplaintService complaints, EngineUsers engineUsers) {
        this.complaints = complaints;
        this.engineUsers = engineUsers;
    }

    @Override
    public void notify(DelegateTask task) {
        Complaint ruled = complaints.recordRuling(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(ComplaintVariables.RULING)),
                FormValues.date(ComplaintVariables.RULED_ON, task.getVariable(ComplaintVariables.RULED_ON)),
                FormValues.text(task.getVariable(ComplaintVariables.RULING_SUMMARY)),
                // a ruling that upholds the decision orders nothing, whatever the hidden remedy fields hold
                CourtRuling.OVERTURNED.name().equals(task.getVariable(ComplaintVariables.RULING))
                        ? FormValues.remedy(task) : null,
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(ComplaintVariables.OVERTURNED,
                ruled.courtAppeal().ruling() == CourtRuling.OVERTURNED);
    }
}
