package kz.election.notification;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What a process delegate calls to send a mail from a service task.
 *
 * <p>Every BPMN service task that sends mail must be {@code camunda:asyncBefore="true"} with a
 * {@code camunda:failedJobRetryTimeCycle} such as {@code R5/PT5M}. The mail then goes out in a job of
 * its own: an SMTP outage makes that job retry and at last raise an incident in Cockpit, instead of
 * failing and rolling back the staff member's task that came before it (docs/STACK-NOTES.md pitfall 8).
 *
 * <p>The idempotency key is the process instance, the activity and the recipient, which stay the same
 * when the job is retried, so a retry after the mail went out does not send it again. A step that mails
 * the same person more than once in one process instance (a loop, a multi-instance over documents) puts
 * a discriminator in the request's {@code idempotencyKey} (a complaint number, the loop counter); it is
 * appended to the derived key.
 */
@Component
public class MailStep {

    private final Mailer mailer;

    public MailStep(Mailer mailer) {
        this.mailer = mailer;
    }

    public MailReceipt send(DelegateExecution execution, MailRequest request) {
        String key = idempotencyKey(execution, request);
        String businessKey = request.businessKey() != null ? request.businessKey() : execution.getProcessBusinessKey();
        return mailer.send(request.withIdempotencyKey(key).withBusinessKey(businessKey));
    }

    static String idempotencyKey(DelegateExecution execution, MailRequest request) {
        String recipient = request.recipientAddress() == null ? "" : request.recipientAddress().strip().toLowerCase(Locale.ROOT);
        String key = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + recipient;
        String discriminator = request.idempotencyKey();
        return discriminator == null || discriminator.isBlank() ? key : key + "/" + discriminator;
    }
}
