package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.RECORD_OVERDUE_DECISION;

import kz.election.candidate.NominationReview;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The decision's due date passed with the review still open: the nomination is marked overdue. */
@Component(RECORD_OVERDUE_DECISION)
record RecordOverdueDecision(NominationReview review) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        review.markOverdue(ProcessBusinessKey.of(execution));
    }
}
