package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationStatus;
import kz.election.candidate.ReviewDecision;
import kz.election.platform.EngineUsers;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Review nomination": records register or refuse; an incomplete refusal keeps the task open. */
@Component("recordReviewDecision")
record RecordReviewDecisionListener(CandidateService candidates, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ReviewDecision decision = new ReviewDecision(
                Variables.text(task.getVariable("decision")),
                Variables.strings(task.getVariable("groundCodes")),
                Variables.text(task.getVariable("reasoning")),
                Variables.flag(task.getVariable("declarationsConfirmed")),
                Variables.flag(task.getVariable("qualificationMet")));
        Nomination decided = candidates.decide(ProcessBusinessKey.of(task), decision,
                Actor.of(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable("registered", decided.status() == NominationStatus.REGISTERED);
    }
}
