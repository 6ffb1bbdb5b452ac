package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.VERIFY_SIGNATURES;
import static kz.election.model.CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY;
import static kz.election.model.CandidateRegistrationModel.Variables.SIGNATURES_CHECKED;
import static kz.election.model.CandidateRegistrationModel.Variables.SIGNATURES_INVALID;

import kz.election.candidate.EligibilityChecklist;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationChecks;
import kz.election.candidate.NominationReview;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Verify signature sheets": records the sample; wrong numbers keep the task open. */
@Component(VERIFY_SIGNATURES)
record VerifySignatures(NominationReview review, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Nomination nomination = review.recordSignatureSample(ProcessBusinessKey.of(task),
                FormValues.integer(SIGNATURES_CHECKED, task.getVariable(SIGNATURES_CHECKED)),
                FormValues.integer(SIGNATURES_INVALID, task.getVariable(SIGNATURES_INVALID)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(CHECKLIST_SUMMARY,
                NominationChecks.summary(new EligibilityChecklist(nomination.checklist())));
    }
}
