package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.RECORD_OVERDUE_DECISION;

import kz.election.candidate.NominationReview;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The decision's due date passed with the review still open: the nomination is marked overdue. */
@Component(RECORD_OVERDUE_DECISION)
class RecordOverdueDecision implements JavaDelegate {

    private final NominationReview review;

    RecordOverdueDecision(NominationReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.markOverdue(ProcessBusinessKey.of(execution));
    }
}
