package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The decision of the President or the higher akim is nearly due: the maslikhat secretariat is warned. */
@Component(Elements.MAIL_DECISION_ESCALATION)
class MailDecisionEscalation extends CaseDeadlineWarning {

    MailDecisionEscalation(MotionMails mails, MailStep step, TaskService tasks) {
        super(mails, step, tasks);
    }

    @Override
    protected String watchedTask(DelegateExecution execution) {
        return Elements.RECORD_DISMISSAL_DECISION;
    }
}
