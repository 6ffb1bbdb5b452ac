package kz.election.noconfidence.process;

import java.util.function.Function;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail steps of no-confidence.bpmn: each builds one mail and hands it to {@link MailStep}. */
@Configuration(proxyBeanMethods = false)
class MotionMailDelegates {

    @Bean
    JavaDelegate mailMotionInitiated(MotionMails mails, MailStep step) {
        return delegate(step, mails::initiated);
    }

    @Bean
    JavaDelegate mailInadmissible(MotionMails mails, MailStep step) {
        return delegate(step, mails::inadmissible);
    }

    @Bean
    JavaDelegate mailVoteResult(MotionMails mails, MailStep step) {
        return delegate(step, mails::voted);
    }

    @Bean
    JavaDelegate mailDecision(MotionMails mails, MailStep step) {
        return delegate(step, mails::decided);
    }

    /** Not after a death: {@link MotionMails#earlyElectionCalled} has no recipient then. */
    @Bean
    JavaDelegate mailEarlyElectionCalled(MotionMails mails, MailStep step) {
        return execution -> mails.earlyElectionCalled(number(execution)).ifPresent(mail -> step.send(execution, mail));
    }

    @Bean
    JavaDelegate mailDecisionEscalation(MotionMails mails, MailStep step, TaskService tasks) {
        return execution -> escalate(mails, step, tasks, execution, "recordDismissalDecision");
    }

    @Bean
    JavaDelegate mailCallEscalation(MotionMails mails, MailStep step, TaskService tasks) {
        return execution -> escalate(mails, step, tasks, execution, "confirmEarlyElectionDay");
    }

    /** Warns the responsible body, linking the task that is about to be late; the supervisor's form shows the same. */
    private static void escalate(MotionMails mails, MailStep step, TaskService tasks, DelegateExecution execution,
                                 String taskKey) {
        Task due = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        MailRequest mail = mails.escalation(number(execution), taskKey, due == null ? "" : due.getId());
        step.send(execution, mail);
        // the supervisor reads the same names as the mail, in the responsible body's language
        execution.setVariable("escalationSummary", mail.model().get("deadlineName") + ": \"" + mail.model().get("taskName")
                + "\"" + (due == null ? " (done)" : "") + ", " + mail.model().get("dueAt") + " (UTC)");
    }

    private static JavaDelegate delegate(MailStep step, Function<String, MailRequest> mail) {
        return execution -> step.send(execution, mail.apply(number(execution)));
    }

    private static String number(DelegateExecution execution) {
        return ProcessBusinessKey.of(execution);
    }
}
