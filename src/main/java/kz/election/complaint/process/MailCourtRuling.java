package kz.election.complaint.process;

import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The court's ruling to the complainant and to every candidate it concerns; a retry skips those already mailed. */
@Component(ComplaintModel.Elements.MAIL_COURT_RULING)
class MailCourtRuling implements JavaDelegate {

    private final ComplaintMails mails;
    private final MailStep step;

    MailCourtRuling(ComplaintMails mails, MailStep step) {
        this.mails = mails;
        this.step = step;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (MailRequest mail : mails.courtRuling(ProcessBusinessKey.of(execution))) {
            step.send(execution, mail);
        }
    }
}
