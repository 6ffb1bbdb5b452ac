package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.MotionService;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing the decision task: DISMISS or REFUSE, by whom, under which act; bad input keeps the task open. */
@Component(Elements.RECORD_DISMISSAL_DECISION)
record RecordDismissalDecision(MotionService motions, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        boolean dismissed = motions.recordDecision(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(Variables.DECISION)),
                FormValues.text(task.getVariable(Variables.DECIDED_BY_AUTHORITY)),
                FormValues.text(task.getVariable(Variables.DECISION_REFERENCE)),
                FormValues.date(Variables.DECIDED_ON, task.getVariable(Variables.DECIDED_ON)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(Variables.DISMISSED, dismissed);
    }
}
