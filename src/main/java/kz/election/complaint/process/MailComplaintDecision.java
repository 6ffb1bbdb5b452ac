package kz.election.complaint.process;

import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** The decision to the complainant and to every candidate it concerns. */
@Component(ComplaintModel.Elements.MAIL_COMPLAINT_DECISION)
class MailComplaintDecision extends ComplaintMailStep {

    MailComplaintDecision(ComplaintMails mails, MailStep step) {
        super(step, mails::decided);
    }
}
