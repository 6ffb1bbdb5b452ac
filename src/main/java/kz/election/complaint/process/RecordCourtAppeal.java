package kz.election.complaint.process;

import kz.election.complaint.ComplaintVariables;
import kz.election.complaint.CourtAppeals;
import kz.election.model.ComplaintModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Record a court appeal": court, date and case number; a bad field keeps the task open. */
@Component(ComplaintModel.Elements.RECORD_COURT_APPEAL)
record RecordCourtAppeal(CourtAppeals appeals, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        appeals.recordAppeal(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(ComplaintVariables.COURT_NAME)),
                FormValues.date(ComplaintVariables.APPEALED_ON, task.getVariable(ComplaintVariables.APPEALED_ON)),
                FormValues.text(task.getVariable(ComplaintVariables.CASE_NUMBER)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
    }
}
