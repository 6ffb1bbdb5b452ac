package kz.election.complaint.process;

import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The decision to the complainant and to every candidate it concerns; a retry skips those already mailed. */
@Component(ComplaintModel.Elements.MAIL_COMPLAINT_DECISION)
class MailComplaintDecision implements JavaDelegate {

    private final ComplaintMails mails;
    private final MailStep step;

    MailComplaintDecision(ComplaintMails mails, MailStep step) {
        this.mails = mails;
        this.step = step;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (MailRequest mail : mails.decided(ProcessBusinessKey.of(execution))) {
            step.send(execution, mail);
        }
    }
}
