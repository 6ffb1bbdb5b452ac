package kz.election.notification;

import java.util.function.Function;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A mail step whose mail follows from the process's business key alone (the nomination, the motion): the
 * subclass, named after its element, says which mail of its part's mails it is; this builds it for the
 * business key and hands it to {@link MailStep}.
 */
public abstract class BusinessKeyMailStep implements JavaDelegate {

    private final MailStep step;
    private final Function<String, MailRequest> mail;

    protected BusinessKeyMailStep(MailStep step, Function<String, MailRequest> mail) {
        this.step = step;
        this.mail = mail;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        step.send(execution, mail.apply(ProcessBusinessKey.of(execution)));
    }
}
