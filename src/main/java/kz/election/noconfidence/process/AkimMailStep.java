package kz.election.noconfidence.process;

import java.util.function.Function;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** What every "Mail the akim" step does: build the one mail of its step ({@code MotionMails}) and hand it to {@link MailStep}. */
abstract class AkimMailStep implements JavaDelegate {

    private final MailStep step;
    private final Function<String, MailRequest> mail;

    AkimMailStep(MailStep step, Function<String, MailRequest> mail) {
        this.step = step;
        this.mail = mail;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        step.send(execution, mail.apply(ProcessBusinessKey.of(execution)));
    }
}
