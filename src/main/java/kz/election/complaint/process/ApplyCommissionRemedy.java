package kz.election.complaint.process;

import kz.election.complaint.ComplaintReview;
import kz.election.model.ComplaintModel;
import org.springframework.stereotype.Component;

/** Sends the remedy the commission ordered to the process that carries it out (asyncBefore: it arrives or is an incident). */
@Component(ComplaintModel.Elements.APPLY_COMMISSION_REMEDY)
class ApplyCommissionRemedy extends ComplaintStep {

    ApplyCommissionRemedy(ComplaintReview review) {
        super(review::applyRemedy);
    }
}
