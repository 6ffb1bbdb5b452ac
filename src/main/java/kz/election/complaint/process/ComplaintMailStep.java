package kz.election.complaint.process;

import java.util.List;
import java.util.function.Function;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A mail step of complaint.bpmn: the mails ComplaintMails writes for the process's complaint, each sent
 * through MailStep, so a retry skips those already sent. The steps are asyncBefore with retries on the
 * diagram (MailStep's rule); each subclass is named after its element and says which mails it sends.
 */
abstract class ComplaintMailStep implements JavaDelegate {

    private final MailStep step;
    private final Function<String, List<MailRequest>> mails;

    ComplaintMailStep(MailStep step, Function<String, List<MailRequest>> mailsOfComplaint) {
        this.step = step;
        this.mails = mailsOfComplaint;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        for (MailRequest mail : mails.apply(ProcessBusinessKey.of(execution))) {
            step.send(execution, mail);
        }
    }
}
