package kz.election.complaint.process;

import kz.election.complaint.Complaint;
import kz.election.complaint.ComplaintVariables;
import kz.election.complaint.CourtAppeals;
import kz.election.complaint.CourtRuling;
import kz.election.model.ComplaintModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Record the court's ruling": an overturning ruling needs a remedy that can act now. */
@Component(ComplaintModel.Elements.RECORD_COURT_RULING)
record RecordCourtRuling(CourtAppeals appeals, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Complaint ruled = appeals.recordRuling(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(ComplaintVariables.RULING)),
                FormValues.date(ComplaintVariables.RULED_ON, task.getVariable(ComplaintVariables.RULED_ON)),
                FormValues.text(task.getVariable(ComplaintVariables.RULING_SUMMARY)),
                // a ruling that upholds the decision orders nothing, whatever the hidden remedy fields hold
                CourtRuling.OVERTURNED.name().equals(task.getVariable(ComplaintVariables.RULING))
                        ? RemedyFields.read(task) : null,
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(ComplaintVariables.OVERTURNED,
                ruled.courtAppeal().ruling() == CourtRuling.OVERTURNED);
    }
}
