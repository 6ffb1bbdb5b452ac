package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the akim the early election was called; not after a death: {@link MotionMails#earlyElectionCalled} has no recipient then. */
@Component(Elements.MAIL_EARLY_ELECTION_CALLED)
record MailEarlyElectionCalled(MotionMails mails, MailStep step) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        mails.earlyElectionCalled(ProcessBusinessKey.of(execution)).ifPresent(mail -> step.send(execution, mail));
    }
}
