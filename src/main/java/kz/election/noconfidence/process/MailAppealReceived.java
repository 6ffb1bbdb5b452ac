package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.AppealMails;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the citizens their appeal is registered and by when it is answered. Without their e-mail address nothing is mailed: the form tells the secretariat to write by the contact given. */
@Component(Elements.MAIL_APPEAL_RECEIVED)
record MailAppealReceived(AppealMails mails, MailStep step) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        mails.received(ProcessBusinessKey.of(execution)).ifPresent(mail -> step.send(execution, mail));
    }
}
