package kz.election.complaint.process;

import java.util.Optional;
import kz.election.complaint.ComplaintMails;
import kz.election.model.ComplaintModel;
import kz.election.notification.DeadlineWarningStep;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Warns the commission that the complaint's review is nearly due, linking the review task. */
@Component(ComplaintModel.Elements.MAIL_COMPLAINT_ESCALATION)
class MailComplaintEscalation extends DeadlineWarningStep {

    private final ComplaintMails mails;

    MailComplaintEscalation(ComplaintMails mails, MailStep step, TaskService tasks) {
        super(step, tasks);
        this.mails = mails;
    }

    @Override
    protected String watchedTask(DelegateExecution execution) {
        return ComplaintModel.Elements.REVIEW_COMPLAINT;
    }

    @Override
    protected MailRequest warning(DelegateExecution execution, String complaintNumber, Optional<Task> review) {
        return review.map(task -> mails.escalation(complaintNumber, task.getId(), task.getName()))
                .orElseGet(() -> mails.escalation(complaintNumber, "", "Review the complaint (already decided)"));
    }
}
