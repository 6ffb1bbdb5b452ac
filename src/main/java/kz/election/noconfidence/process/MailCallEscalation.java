package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The early election's call is nearly due: the territorial commission is warned. */
@Component(Elements.MAIL_CALL_ESCALATION)
class MailCallEscalation extends CaseDeadlineWarning {

    MailCallEscalation(MotionMails mails, MailStep step, TaskService tasks) {
        super(mails, step, tasks);
    }

    @Override
    protected String watchedTask(DelegateExecution execution) {
        return Elements.CONFIRM_EARLY_ELECTION_DAY;
    }
}
