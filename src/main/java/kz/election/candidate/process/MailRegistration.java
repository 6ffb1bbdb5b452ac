package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_REGISTRATION;

import kz.election.candidate.CandidateMails;
import kz.election.notification.BusinessKeyMailStep;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the candidate their registration number and the campaign's dates. */
@Component(MAIL_REGISTRATION)
class MailRegistration extends BusinessKeyMailStep {

    MailRegistration(CandidateMails mails, MailStep step) {
        super(step, mails::registered);
    }
}
