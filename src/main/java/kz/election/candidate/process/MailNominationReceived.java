package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_NOMINATION_RECEIVED;

import kz.election.candidate.CandidateMails;
import kz.election.notification.BusinessKeyMailStep;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the nominee the nomination was received, with its reference number and the decision's deadline. */
@Component(MAIL_NOMINATION_RECEIVED)
class MailNominationReceived extends BusinessKeyMailStep {

    MailNominationReceived(CandidateMails mails, MailStep step) {
        super(step, mails::nominationReceived);
    }
}
