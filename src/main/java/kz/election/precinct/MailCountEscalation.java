package kz.election.precinct;

import java.util.Date;
import kz.election.notification.MailStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Warns the territorial commission, linking the entry task that is about to be late. */
@Component("mailCountEscalation")
class MailCountEscalation implements JavaDelegate {

    private final CountMails mails;
    private final MailStep step;
    private final TaskService tasks;

    MailCountEscalation(CountMails mails, MailStep step, TaskService tasks) {
        this.mails = mails;
        this.step = step;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task entry = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult();
        step.send(execution, mails.countEscalation(CountVariables.electionNumber(execution),
                CountVariables.precinctNumber(execution),
                ((Number) execution.getVariable(CountVariables.PROTOCOL_VERSION)).intValue(),
                ((Date) execution.getVariable(CountVariables.COUNT_DUE_AT)).toInstant(),
                entry == null ? "" : entry.getId(),
                entry == null ? "Enter the precinct protocol (entered meanwhile, checks running)" : entry.getName()));
    }
}
