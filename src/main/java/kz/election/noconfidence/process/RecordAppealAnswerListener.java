package kz.election.noconfidence.process;

import kz.election.noconfidence.MotionService;
import kz.election.platform.EngineUsers;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On answering a citizens' appeal: a motion was filed (and which) or none will be, and why. */
@Component("recordAppealAnswer")
class RecordAppealAnswerListener implements TaskListener {

    private final MotionService motions;
    private final EngineUsers engineUsers;

    RecordAppealAnswerListener(MotionService motions, EngineUsers engineUsers) {
        this.motions = motions;
        this.engineUsers = engineUsers;
    }

    @Override
    public void notify(DelegateTask task) {
        motions.answerAppeal(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable("appealOutcome")),
                FormValues.text(task.getVariable("appealNote")),
                FormValues.text(task.getVariable("appealMotionNumber")),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
    }
}
