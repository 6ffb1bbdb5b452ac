package kz.election.precinct.process;

import java.util.Date;
import java.util.Optional;
import kz.election.model.PrecinctCountModel;
import kz.election.notification.DeadlineWarningStep;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.precinct.CountMails;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Warns the territorial commission, linking the entry task that is about to be late. */
@Component(PrecinctCountModel.Elements.MAIL_COUNT_ESCALATION)
class MailCountEscalation extends DeadlineWarningStep {

    private final CountMails mails;
    private final ProtocolService protocols;

    MailCountEscalation(MailStep step, TaskService tasks, CountMails mails, ProtocolService protocols) {
        super(step, tasks);
        this.mails = mails;
        this.protocols = protocols;
    }

    @Override
    protected String watchedTask(DelegateExecution execution) {
        return PrecinctCountModel.Elements.ENTER_PROTOCOL;
    }

    @Override
    protected MailRequest warning(DelegateExecution execution, String businessKey, Optional<Task> openTask) {
        CountVariables.Count count = CountVariables.countOf(execution);
        return mails.countEscalation(count.election(), count.precinct(),
                protocols.versionToEnter(count.election(), count.precinct()),
                ((Date) execution.getVariable(CountVariables.COUNT_DUE_AT)).toInstant(),
                openTask.map(Task::getId).orElse(""),
                openTask.map(Task::getName).orElse("Enter the precinct protocol (entered meanwhile, checks running)"));
    }
}
