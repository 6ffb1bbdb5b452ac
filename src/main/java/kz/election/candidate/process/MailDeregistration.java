package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_DEREGISTRATION;

import kz.election.candidate.CandidateMails;
import kz.election.notification.BusinessKeyMailStep;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the candidate the deregistration, its ground and the way to appeal. */
@Component(MAIL_DEREGISTRATION)
class MailDeregistration extends BusinessKeyMailStep {

    MailDeregistration(CandidateMails mails, MailStep step) {
        super(step, mails::deregistered);
    }
}
