package kz.election.complaint.process;

import kz.election.complaint.ComplaintService;
import kz.election.model.ComplaintModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Decide whether to admit the late complaint": admits it for review or finds it inadmissible, with reasons. */
@Component(ComplaintModel.Elements.DECIDE_LATE_COMPLAINT)
record DecideLateComplaint(ComplaintService complaints, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AdmissionVariables.set(task.getExecution(), complaints.decideLateAdmission(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(ComplaintModel.Variables.ADMISSION)),
                FormValues.text(task.getVariable(ComplaintModel.Variables.ADMISSION_REASONS)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId()));
    }
}
