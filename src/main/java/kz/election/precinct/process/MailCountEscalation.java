package kz.election.precinct.process;

import java.util.Date;
import kz.election.notification.MailStep;
import kz.election.precinct.CountMails;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
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
    private final ProtocolService protocols;

    MailCountEscalation(CountMails mails, MailStep step, TaskService tasks, ProtocolService protocols) {
        this.mails = mails;
        this.step = step;
        this.tasks = tasks;
        this.protocols = protocols;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task entry = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult();
        String election = CountVariables.electionNumber(execution);
        int precinct = CountVariables.precinctNumber(execution);
        step.send(execution, mails.countEscalation(election, precinct, protocols.versionToEnter(election, precinct),
                ((Date) execution.getVariable(CountVariables.COUNT_DUE_AT)).toInstant(),
                entry == null ? "" : entry.getId(),
                entry == null ? "Enter the precinct protocol (entered meanwhile, checks running)" : entry.getName()));
    }
}
