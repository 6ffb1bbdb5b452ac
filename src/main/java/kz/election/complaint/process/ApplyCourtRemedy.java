package kz.election.complaint.process;

import kz.election.complaint.CourtAppeals;
import kz.election.model.ComplaintModel;
import org.springframework.stereotype.Component;

/** Sends the remedy the court ordered to the process that carries it out (asyncBefore: it arrives or is an incident). */
@Component(ComplaintModel.Elements.APPLY_COURT_REMEDY)
class ApplyCourtRemedy extends ComplaintStep {

    ApplyCourtRemedy(CourtAppeals appeals) {
        super(appeals::applyRemedy);
    }
}
