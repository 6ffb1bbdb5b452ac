package kz.election.complaint.process;

import java.util.List;
import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** The answer to a late complaint, naming the filing deadline that passed. */
@Component(ComplaintModel.Elements.MAIL_COMPLAINT_INADMISSIBLE)
class MailComplaintInadmissible extends ComplaintMailStep {

    MailComplaintInadmissible(ComplaintMails mails, MailStep step) {
        super(step, number -> List.of(mails.inadmissible(number)));
    }
}
