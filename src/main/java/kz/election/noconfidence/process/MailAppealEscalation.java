package kz.election.noconfidence.process;

import java.util.Optional;
import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.AppealMails;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A term of a citizens' appeal is near (forwarding or answer): the maslikhat secretariat is warned with a
 * link to the task that is open, and the supervisors follow it up.
 */
@Component(Elements.MAIL_APPEAL_ESCALATION)
class MailAppealEscalation extends CaseDeadlineWarning {

    private final AppealMails appealMails;
    private final TaskService tasks;

    MailAppealEscalation(MotionMails mails, AppealMails appealMails, MailStep step, TaskService tasks) {
        super(mails, step, tasks);
        this.appealMails = appealMails;
        this.tasks = tasks;
    }

    /** Whichever of the appeal's two tasks is open: only one ever is. */
    @Override
    protected String watchedTask(DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Elements.DECIDE_APPEAL_COMPETENCE).count() > 0
                ? Elements.DECIDE_APPEAL_COMPETENCE : Elements.CONSIDER_CITIZEN_APPEAL;
    }

    @Override
    protected MailRequest warning(DelegateExecution execution, String businessKey, Optional<Task> openTask) {
        return appealMails.escalation(businessKey, watchedTask(execution), openTask.map(Task::getId).orElse(""));
    }
}
