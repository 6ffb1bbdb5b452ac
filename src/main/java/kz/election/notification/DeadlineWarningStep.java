package kz.election.notification;

import java.util.Optional;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;

/**
 * The one step every process runs when a statutory deadline is near: it finds the task that is about to
 * be late in this process instance and mails the responsible commission a link to it. The task may have
 * been done meanwhile (the warning's timer fired in time, the work was quicker): the mail still goes,
 * without a link. A process's warning element is a subclass named after the element, which says which
 * task it watches and what the mail says; the finding and the sending are here, once.
 */
public abstract class DeadlineWarningStep implements JavaDelegate {

    private final MailStep step;
    private final TaskService tasks;

    protected DeadlineWarningStep(MailStep step, TaskService tasks) {
        this.step = step;
        this.tasks = tasks;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        String watched = watchedTask(execution);
        Optional<Task> open = watched == null ? Optional.empty() : Optional.ofNullable(tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(watched).singleResult());
        MailRequest warning = warning(execution, ProcessBusinessKey.of(execution), open);
        step.send(execution, warning);
        afterSending(execution, warning, open);
    }

    /** The id of the user task the deadline is for (an element id of this process); null when none is open by design. */
    protected abstract String watchedTask(DelegateExecution execution);

    /** The warning to mail, for the process's business key and the watched task if it is still open. */
    protected abstract MailRequest warning(DelegateExecution execution, String businessKey, Optional<Task> openTask);

    /** What the process keeps of the warning for the supervisors' follow-up, if anything. */
    protected void afterSending(DelegateExecution execution, MailRequest warning, Optional<Task> openTask) {
    }
}
