package kz.election.complaint.process;

import kz.election.complaint.ComplaintMails;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintVariables;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one-line steps of complaint.bpmn: each reads the complaint number and calls one service. The mail
 * steps are asyncBefore with retries on the diagram (MailStep's rule); so are the remedy steps, whose
 * messages must reach their process or become an incident.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintStepDelegates {

    @Bean
    JavaDelegate mailComplaintReceived(ComplaintMails mails, MailStep step) {
        return execution -> step.send(execution, mails.received(number(execution)));
    }

    @Bean
    JavaDelegate mailComplaintInadmissible(ComplaintMails mails, MailStep step) {
        return execution -> step.send(execution, mails.inadmissible(number(execution)));
    }

    /** The decision to the complainant and to every candidate it concerns; a retry skips those already mailed. */
    @Bean
    JavaDelegate mailComplaintDecision(ComplaintMails mails, MailStep step) {
        return execution -> {
            for (MailRequest mail : mails.decided(number(execution))) {
                step.send(execution, mail);
            }
        };
    }

    @Bean
    JavaDelegate mailCourtRuling(ComplaintMails mails, MailStep step) {
        return execution -> {
            for (MailRequest mail : mails.courtRuling(number(execution))) {
                step.send(execution, mail);
            }
        };
    }

    /** Warns the commission, linking the review task that is about to be late. */
    @Bean
    JavaDelegate mailComplaintEscalation(ComplaintMails mails, MailStep step, TaskService tasks) {
        return execution -> {
            Task review = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(ComplaintVariables.REVIEW_TASK).singleResult();
            step.send(execution, review == null
                    ? mails.escalation(number(execution), "", "Review the complaint (already decided)")
                    : mails.escalation(number(execution), review.getId(), review.getName()));
        };
    }

    @Bean
    JavaDelegate recordOverdueReview(ComplaintService complaints) {
        return execution -> complaints.markReviewOverdue(number(execution));
    }

    @Bean
    JavaDelegate applyCommissionRemedy(ComplaintService complaints) {
        return execution -> complaints.applyRemedy(number(execution), false);
    }

    @Bean
    JavaDelegate applyCourtRemedy(ComplaintService complaints) {
        return execution -> complaints.applyRemedy(number(execution), true);
    }

    private static String number(DelegateExecution execution) {
        return ProcessBusinessKey.of(execution);
    }
}
