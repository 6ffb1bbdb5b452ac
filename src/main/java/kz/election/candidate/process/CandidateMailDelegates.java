package kz.election.candidate.process;

import java.util.function.Function;
import kz.election.candidate.CandidateMails;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail steps of candidate-registration.bpmn: each builds one mail and hands it to {@link MailStep}. */
@Configuration(proxyBeanMethods = false)
class CandidateMailDelegates {

    @Bean
    JavaDelegate mailNominationReceived(CandidateMails mails, MailStep step) {
        return delegate(step, mails::nominationReceived);
    }

    @Bean
    JavaDelegate mailRegistration(CandidateMails mails, MailStep step) {
        return delegate(step, mails::registered);
    }

    @Bean
    JavaDelegate mailRefusal(CandidateMails mails, MailStep step) {
        return delegate(step, mails::refused);
    }

    @Bean
    JavaDelegate mailWithdrawal(CandidateMails mails, MailStep step) {
        return delegate(step, mails::withdrawn);
    }

    @Bean
    JavaDelegate mailDeregistration(CandidateMails mails, MailStep step) {
        return delegate(step, mails::deregistered);
    }

    /** Warns the commission, linking the review task that is about to be late. */
    @Bean
    JavaDelegate mailReviewEscalation(CandidateMails mails, MailStep step, TaskService tasks) {
        return execution -> {
            Task review = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey("reviewNomination").singleResult();
            String reference = ProcessBusinessKey.of(execution);
            // decided meanwhile: the mail still goes (the timer fired in time), without a task link
            step.send(execution, mails.escalation(reference, review == null ? "" : review.getId()));
        };
    }

    private static JavaDelegate delegate(MailStep step, Function<String, MailRequest> mail) {
        return (DelegateExecution execution) ->
                step.send(execution, mail.apply(ProcessBusinessKey.of(execution)));
    }
}
