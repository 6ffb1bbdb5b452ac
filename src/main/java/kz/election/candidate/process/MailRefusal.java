package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_REFUSAL;

import kz.election.candidate.CandidateMails;
import kz.election.notification.BusinessKeyMailStep;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the nominee the refusal, its grounds and the way to appeal. */
@Component(MAIL_REFUSAL)
class MailRefusal extends BusinessKeyMailStep {

    MailRefusal(CandidateMails mails, MailStep step) {
        super(step, mails::refused);
    }
}
