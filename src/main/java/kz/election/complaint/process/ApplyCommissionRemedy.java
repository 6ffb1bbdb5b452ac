package kz.election.complaint.process;

import kz.election.complaint.ComplaintReview;
import kz.election.model.ComplaintModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the remedy the commission ordered to the process that carries it out (asyncBefore: it arrives or is an incident). */
@Component(ComplaintModel.Elements.APPLY_COMMISSION_REMEDY)
class ApplyCommissionRemedy implements JavaDelegate {

    private final ComplaintReview review;

    ApplyCommissionRemedy(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.applyRemedy(ProcessBusinessKey.of(execution));
    }
}
