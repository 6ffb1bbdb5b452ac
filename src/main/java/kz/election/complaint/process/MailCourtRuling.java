package kz.election.complaint.process;

import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** The court's ruling to the complainant and to every candidate it concerns. */
@Component(ComplaintModel.Elements.MAIL_COURT_RULING)
class MailCourtRuling extends ComplaintMailStep {

    MailCourtRuling(ComplaintMails mails, MailStep step) {
        super(step, mails::courtRuling);
    }
}
