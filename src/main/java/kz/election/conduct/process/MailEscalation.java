package kz.election.conduct.process;

import java.util.Optional;
import kz.election.conduct.ElectionMails;
import kz.election.conduct.ElectionSchedule;
import kz.election.model.ElectionModel;
import kz.election.notification.DeadlineWarningStep;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.FormValues;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Every deadline timer of election.bpmn is watched by a non-interrupting timer the ruleset's hours
 * earlier; its path marks which deadline it is and which task is open before it (deadlineEscalation.mark
 * on the outgoing flow), and this step mails the territorial commission about it.
 */
@Component(ElectionModel.Elements.MAIL_ESCALATION)
class MailEscalation extends DeadlineWarningStep {

    private final ElectionMails mails;
    private final ElectionSchedule schedule;

    MailEscalation(MailStep step, TaskService tasks, ElectionMails mails, ElectionSchedule schedule) {
        super(step, tasks);
        this.mails = mails;
        this.schedule = schedule;
    }

    @Override
    protected String watchedTask(DelegateExecution execution) {
        // none when the calendar itself moves on at the deadline
        return FormValues.text(execution.getVariable(ElectionVariables.ESCALATED_TASK));
    }

    @Override
    protected MailRequest warning(DelegateExecution execution, String number, Optional<Task> openTask) {
        return mails.escalation(number, (String) execution.getVariable(ElectionModel.Variables.ESCALATED_DEADLINE_NAME),
                schedule.deadline(number, (String) execution.getVariable(ElectionVariables.ESCALATED_DEADLINE)),
                openTask.map(Task::getName).orElse("(no task: the election moves on by itself at the deadline)"),
                openTask.map(Task::getId).orElse(""));
    }
}
