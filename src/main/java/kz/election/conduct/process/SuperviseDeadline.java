package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervisor's follow-up of a deadline that is near, with their note. */
@Component(ElectionModel.Elements.SUPERVISE_DEADLINE)
record SuperviseDeadline(ElectionProgress progress, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        progress.recordSupervision(ProcessBusinessKey.of(task),
                (String) task.getVariable(ElectionVariables.ESCALATED_DEADLINE),
                FormValues.text(task.getVariable(ElectionModel.Variables.SUPERVISION_NOTE)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
    }
}
