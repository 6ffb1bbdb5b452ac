package kz.election.complaint.process;

import java.util.Date;
import java.util.List;
import kz.election.complaint.ComplaintDecision;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintVariables;
import kz.election.complaint.DecisionOutcome;
import kz.election.complaint.Remedy;
import kz.election.model.ComplaintModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Review the complaint": records dismiss or uphold; a missing reason or a bad remedy keeps the task open. */
@Component(ComplaintModel.Elements.REVIEW_COMPLAINT)
record ReviewComplaint(ComplaintReview review, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ComplaintDecision decision = new ComplaintDecision(
                FormValues.text(task.getVariable(ComplaintVariables.DECISION)),
                FormValues.text(task.getVariable(ComplaintVariables.REASONS)),
                // a dismissal orders nothing, whatever the form's hidden remedy fields still hold
                ComplaintDecision.UPHOLD.equals(task.getVariable(ComplaintVariables.DECISION))
                        ? RemedyFields.read(task) : null);
        DecisionOutcome outcome = review.decide(ProcessBusinessKey.of(task),
                decision, FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        // the remedy is kept on the complaint; left as variables it would prefill the court ruling's form
        task.getExecution().removeVariables(List.of(Remedy.KIND, Remedy.PRECINCT, Remedy.NOMINATION, Remedy.GROUND));
        task.getExecution().setVariable(ComplaintVariables.UPHELD, outcome.upheld());
        task.getExecution().setVariable(ComplaintVariables.APPEAL_WINDOW_CLOSES_AT, Date.from(outcome.appealDeadline()));
    }
}
