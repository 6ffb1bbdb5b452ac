package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_REVIEW_ESCALATION;
import static kz.election.model.CandidateRegistrationModel.Elements.REVIEW_NOMINATION;

import java.util.Optional;
import kz.election.candidate.CandidateMails;
import kz.election.notification.DeadlineWarningStep;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Warns the commission that the registration decision is nearly due, linking the review task while it is open. */
@Component(MAIL_REVIEW_ESCALATION)
class MailReviewEscalation extends DeadlineWarningStep {

    private final CandidateMails mails;

    MailReviewEscalation(CandidateMails mails, MailStep step, TaskService tasks) {
        super(step, tasks);
        this.mails = mails;
    }

    @Override
    protected String watchedTask(DelegateExecution execution) {
        return REVIEW_NOMINATION;
    }

    @Override
    protected MailRequest warning(DelegateExecution execution, String reference, Optional<Task> openTask) {
        return mails.escalation(reference, openTask.map(Task::getId).orElse(""));
    }
}
