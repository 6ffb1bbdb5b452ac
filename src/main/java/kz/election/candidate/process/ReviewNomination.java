package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.REVIEW_NOMINATION;
import static kz.election.model.CandidateRegistrationModel.Variables.DECISION;
import static kz.election.model.CandidateRegistrationModel.Variables.DECLARATIONS_CONFIRMED;
import static kz.election.model.CandidateRegistrationModel.Variables.GROUND_CODES;
import static kz.election.model.CandidateRegistrationModel.Variables.QUALIFICATION_MET;
import static kz.election.model.CandidateRegistrationModel.Variables.QUALIFICATION_POINTS_CONFIRMED;
import static kz.election.model.CandidateRegistrationModel.Variables.REASONING;
import static kz.election.model.CandidateRegistrationModel.Variables.REGISTERED;

import kz.election.candidate.Nomination;
import kz.election.candidate.NominationReview;
import kz.election.candidate.NominationStatus;
import kz.election.candidate.ReviewDecision;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Review nomination": records the deposit receipt the form gives, then register or refuse; an
 * incomplete refusal, or a deposit field that is wrong, keeps the task open.
 */
@Component(REVIEW_NOMINATION)
record ReviewNomination(NominationReview review, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ReviewDecision decision = new ReviewDecision(
                FormValues.text(task.getVariable(DECISION)),
                FormLists.strings(task.getVariable(GROUND_CODES)),
                FormValues.text(task.getVariable(REASONING)),
                FormValues.flag(task.getVariable(DECLARATIONS_CONFIRMED)),
                FormValues.flag(task.getVariable(QUALIFICATION_MET)),
                FormValues.flag(task.getVariable(QUALIFICATION_POINTS_CONFIRMED)));
        Nomination decided = review.decide(ProcessBusinessKey.of(task), ReviewDeposit.of(task), decision,
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(REGISTERED, decided.status() == NominationStatus.REGISTERED);
    }
}
