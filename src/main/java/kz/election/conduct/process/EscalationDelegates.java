package kz.election.conduct.process;

import kz.election.conduct.ElectionMails;
import kz.election.conduct.ElectionProgress;
import kz.election.conduct.ElectionSchedule;
import kz.election.notification.MailStep;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every deadline timer of election.bpmn is watched by a non-interrupting timer the ruleset's hours
 * earlier. Its path marks which deadline it is ({@code ${deadlineEscalation.mark(execution, 'resultDeadline',
 * 'establishResult')}} on the outgoing flow), mails the TEC and gives supervisors a task.
 */
@Configuration(proxyBeanMethods = false)
class EscalationDelegates {

    @Bean
    JavaDelegate mailEscalation(ElectionMails mails, MailStep step, ElectionSchedule schedule, TaskService tasks) {
        return execution -> {
            String number = ElectionVariables.electionNumber(execution);
            String taskKey = ElectionVariables.text(execution.getVariable(ElectionVariables.ESCALATED_TASK));
            Task open = taskKey == null ? null : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(taskKey).singleResult();
            String deadlineKey = (String) execution.getVariable(ElectionVariables.ESCALATED_DEADLINE);
            step.send(execution, mails.escalation(number,
                    (String) execution.getVariable(ElectionVariables.ESCALATED_DEADLINE_NAME),
                    schedule.deadline(number, deadlineKey),
                    open == null ? "(no task: the election moves on by itself at the deadline)" : open.getName(),
                    open == null ? "" : open.getId()));
        };
    }

    @Bean
    TaskListener recordSupervision(ElectionProgress progress, EngineUsers engineUsers) {
        return task -> progress.recordSupervision(ElectionVariables.electionNumber(task.getExecution()),
                (String) task.getVariable(ElectionVariables.ESCALATED_DEADLINE),
                ElectionVariables.text(task.getVariable("supervisionNote")),
                Actor.ofTask(engineUsers, task.getAssignee()), task.getProcessInstanceId());
    }

}
