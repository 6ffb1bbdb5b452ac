package kz.election.complaint.process;

import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The answer to a late complaint, naming the filing deadline that passed. */
@Component(ComplaintModel.Elements.MAIL_COMPLAINT_INADMISSIBLE)
class MailComplaintInadmissible implements JavaDelegate {

    private final ComplaintMails mails;
    private final MailStep step;

    MailComplaintInadmissible(ComplaintMails mails, MailStep step) {
        this.mails = mails;
        this.step = step;
    }

    @Override
    public void execute(DelegateExecution execution) {
        step.send(execution, mails.inadmissible(ProcessBusinessKey.of(execution)));
    }
}
