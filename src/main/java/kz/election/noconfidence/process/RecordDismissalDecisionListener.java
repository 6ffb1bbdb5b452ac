package kz.election.noconfidence.process;

import kz.election.noconfidence.MotionService;
import kz.election.platform.EngineUsers;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing the decision task: DISMISS or REFUSE, by whom, under which act; bad input keeps the task open. */
@Component("recordDismissalDecision")
class RecordDismissalDecisionListener implements TaskListener {

    private final MotionService motions;
    private final EngineUsers engineUsers;

    RecordDismissalDecisionListener(MotionService motions, EngineUsers engineUsers) {
        this.motions = motions;
        this.engineUsers = engineUsers;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean dismissed = motions.recordDecision(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable("decision")),
                FormValues.text(task.getVariable("decidedByAuthority")),
                FormValues.text(task.getVariable("decisionReference")),
                FormValues.date("decidedOn", task.getVariable("decidedOn")),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable("dismissed", dismissed);
    }
}
