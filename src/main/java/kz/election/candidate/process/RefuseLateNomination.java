package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.REFUSE_LATE_NOMINATION;
import static kz.election.model.CandidateRegistrationModel.Variables.REGISTERED;

import kz.election.candidate.NominationReview;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A nomination filed outside the nomination period is refused at once, by the system. */
@Component(REFUSE_LATE_NOMINATION)
record RefuseLateNomination(NominationReview review) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        review.refuseLate(ProcessBusinessKey.of(execution), execution.getProcessInstanceId());
        execution.setVariable(REGISTERED, false);
    }
}
