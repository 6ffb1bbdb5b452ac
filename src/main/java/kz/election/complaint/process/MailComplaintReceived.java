package kz.election.complaint.process;

import java.util.List;
import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** The receipt, with the review deadline, to the complainant. */
@Component(ComplaintModel.Elements.MAIL_COMPLAINT_RECEIVED)
class MailComplaintReceived extends ComplaintMailStep {

    MailComplaintReceived(ComplaintMails mails, MailStep step) {
        super(step, number -> List.of(mails.received(number)));
    }
}
