package kz.election.noconfidence.process;

import java.util.Optional;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.DeadlineWarningStep;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * A deadline of the case is near: the responsible body is mailed a link to the watched task
 * ({@link MotionMails#escalation}), and the supervisor's form reads the same names as the mail.
 */
abstract class CaseDeadlineWarning extends DeadlineWarningStep {

    private final MotionMails mails;

    CaseDeadlineWarning(MotionMails mails, MailStep step, TaskService tasks) {
        super(step, tasks);
        this.mails = mails;
    }

    @Override
    protected MailRequest warning(DelegateExecution execution, String businessKey, Optional<Task> openTask) {
        return mails.escalation(businessKey, watchedTask(execution), openTask.map(Task::getId).orElse(""));
    }

    /** The supervisor reads the same names as the mail, in the responsible body's language. */
    @Override
    protected void afterSending(DelegateExecution execution, MailRequest warning, Optional<Task> openTask) {
        execution.setVariable(Variables.ESCALATION_SUMMARY, warning.model().get("deadlineName") + ": \""
                + warning.model().get("taskName") + "\"" + (openTask.isEmpty() ? " (done)" : "") + ", "
                + warning.model().get("dueAt") + " (UTC)");
    }
}
