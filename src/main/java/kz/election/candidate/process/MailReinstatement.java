package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_REINSTATEMENT;

import kz.election.candidate.CandidateMails;
import kz.election.notification.BusinessKeyMailStep;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the reinstated candidate their registration number: the same mail as a registration. */
@Component(MAIL_REINSTATEMENT)
class MailReinstatement extends BusinessKeyMailStep {

    MailReinstatement(CandidateMails mails, MailStep step) {
        super(step, mails::registered);
    }
}
