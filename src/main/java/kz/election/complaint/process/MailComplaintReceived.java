package kz.election.complaint.process;

import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The receipt, with the review deadline, to the complainant (asyncBefore with retries on the diagram, MailStep's rule). */
@Component(ComplaintModel.Elements.MAIL_COMPLAINT_RECEIVED)
class MailComplaintReceived implements JavaDelegate {

    private final ComplaintMails mails;
    private final MailStep step;

    MailComplaintReceived(ComplaintMails mails, MailStep step) {
        this.mails = mails;
        this.step = step;
    }

    @Override
    public void execute(DelegateExecution execution) {
        step.send(execution, mails.received(ProcessBusinessKey.of(execution)));
    }
}
