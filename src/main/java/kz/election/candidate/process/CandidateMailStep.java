package kz.election.candidate.process;

import java.util.function.Function;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A mail step to the nominee: builds the mail of the nomination (the business key) and hands it to {@link MailStep}. */
abstract class CandidateMailStep implements JavaDelegate {

    private final MailStep step;
    private final Function<String, MailRequest> mail;

    CandidateMailStep(MailStep step, Function<String, MailRequest> mail) {
        this.step = step;
        this.mail = mail;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        step.send(execution, mail.apply(ProcessBusinessKey.of(execution)));
    }
}
