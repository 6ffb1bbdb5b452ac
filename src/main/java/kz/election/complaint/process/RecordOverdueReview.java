package kz.election.complaint.process;

import kz.election.complaint.ComplaintReview;
import kz.election.model.ComplaintModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review deadline passed without a decision: noted on the complaint for supervisors and reports. */
@Component(ComplaintModel.Elements.RECORD_OVERDUE_REVIEW)
class RecordOverdueReview implements JavaDelegate {

    private final ComplaintReview review;

    RecordOverdueReview(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.markReviewOverdue(ProcessBusinessKey.of(execution));
    }
}
