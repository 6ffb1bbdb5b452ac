package kz.election.complaint.process;

import kz.election.complaint.ComplaintReview;
import kz.election.model.ComplaintModel;
import org.springframework.stereotype.Component;

/** The review deadline passed without a decision: noted on the complaint for supervisors and reports. */
@Component(ComplaintModel.Elements.RECORD_OVERDUE_REVIEW)
class RecordOverdueReview extends ComplaintStep {

    RecordOverdueReview(ComplaintReview review) {
        super(review::markReviewOverdue);
    }
}
