package kz.election.noconfidence.process;

import java.util.Date;
import kz.election.model.NoConfidenceModel.Elements;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.MotionService;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Record the maslikhat's vote": a vote that does not add up keeps the task open, naming the field. */
@Component(Elements.RECORD_MOTION_VOTE)
record RecordMotionVote(MotionService motions, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        MotionService.VoteOutcome outcome = motions.recordVote(ProcessBusinessKey.of(task),
                FormValues.integer(Variables.VOTES_FOR, task.getVariable(Variables.VOTES_FOR)),
                FormValues.integer(Variables.VOTES_AGAINST, task.getVariable(Variables.VOTES_AGAINST)),
                FormValues.integer(Variables.VOTES_ABSTAINED, task.getVariable(Variables.VOTES_ABSTAINED)),
                FormValues.integer(Variables.DEPUTIES_TOTAL, task.getVariable(Variables.DEPUTIES_TOTAL)),
                FormValues.date(Variables.VOTE_ON, task.getVariable(Variables.VOTE_ON)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(Variables.CARRIED, outcome.carried());
        if (outcome.carried()) {
            task.getExecution().setVariable(Variables.DECISION_DUE_AT, Date.from(outcome.decisionDueAt()));
            task.getExecution().setVariable(Variables.DECISION_ESCALATE_AT, Date.from(outcome.escalateAt()));
        }
        task.getExecution().setVariable(Variables.MOTION_SUMMARY, outcome.summary());
    }
}
