package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_WITHDRAWAL;

import kz.election.candidate.CandidateMails;
import kz.election.notification.BusinessKeyMailStep;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Confirms the candidate's withdrawal. */
@Component(MAIL_WITHDRAWAL)
class MailWithdrawal extends BusinessKeyMailStep {

    MailWithdrawal(CandidateMails mails, MailStep step) {
        super(step, mails::withdrawn);
    }
}
