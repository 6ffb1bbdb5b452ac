package kz.election.noconfidence.process;

import java.util.Date;
import kz.election.noconfidence.MotionService;
import kz.election.platform.EngineUsers;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Record the maslikhat's vote": a vote that does not add up keeps the task open, naming the field. */
@Component("recordMotionVote")
class RecordMotionVoteListener implements TaskListener {

    private final MotionService motions;
    private final EngineUsers engineUsers;

    RecordMotionVoteListener(MotionService motions, EngineUsers engineUsers) {
        this.motions = motions;
        this.engineUsers = engineUsers;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = ProcessBusinessKey.of(task);
        MotionService.VoteOutcome outcome = motions.recordVote(number,
                FormValues.integer("votesFor", task.getVariable("votesFor")),
                FormValues.integer("votesAgainst", task.getVariable("votesAgainst")),
                FormValues.integer("votesAbstained", task.getVariable("votesAbstained")),
                FormValues.integer("deputiesTotal", task.getVariable("deputiesTotal")),
                FormValues.date("voteOn", task.getVariable("voteOn")),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable("carried", outcome.carried());
        if (outcome.carried()) {
            task.getExecution().setVariable("decisionDueAt", Date.from(outcome.decisionDueAt()));
            task.getExecution().setVariable("decisionEscalateAt", Date.from(outcome.escalateAt()));
        }
        task.getExecution().setVariable("motionSummary", motions.summary(number));
    }
}
