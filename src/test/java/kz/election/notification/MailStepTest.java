package kz.election.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The way a process sends mail: a staff task, then an asynchronous mail step with a retry cycle, then
 * a step that may fail after the mail went out.
 */
@ElectionTest
class MailStepTest {

    static final GreenMail smtp = TestSmtp.server();

    private static final String PROCESS = "mailStepStory";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MailLog mailLog;

    private String deploymentId;

    @AfterEach
    void removeTheStory() {
        // the test context is shared: leave only the application's own deployment behind
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @BeforeEach
    void deployTheStory() {
        BpmnModelInstance story = Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("acceptWithdrawal").name("Accept the withdrawal")
                .serviceTask("mailCandidate").name("Tell the candidate")
                    .camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R5/PT5M")
                    .camundaDelegateExpression("${mailCandidate}")
                // fails while failAfterMail is true: a later step in the same job, after the mail went out
                .serviceTask("recordNotice").name("Record the notice")
                    .camundaExpression("${failAfterMail ? noSuchBean.fail() : true}")
                .userTask("done").name("Done")
                .endEvent()
                .done();
        deploymentId = repositoryService.createDeployment().name("mail step story")
                .addModelInstance(PROCESS + ".bpmn", story).deploy().getId();
    }

    @Test
    void aStaffTaskCompletesWhileTheMailServerIsDownAndTheMailJobRetriesLater() {
        ProcessInstance instance = start(false);
        smtp.stop();

        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        Job job = mailJob(instance);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("was not sent");
        Job failed = mailJob(instance);
        assertThat(failed.getRetries()).isEqualTo(4);
        assertThat(failed.getExceptionMessage()).contains("candidate-withdrawn");
        // Cockpit shows the failure and its stack trace to supervisors: the address is masked in both
        assertThat(failed.getExceptionMessage()).containsIgnoringCase("n***@example.kz").doesNotContainIgnoringCase("n.bekov@example.kz");
        assertThat(managementService.getJobExceptionStacktrace(failed.getId())).doesNotContainIgnoringCase("n.bekov@example.kz");
        assertThat(mailLog.byIdempotencyKey(expectedKey(instance))).isEmpty();

        smtp.start();
        managementService.executeJob(failed.getId());

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(mailLog.byIdempotencyKey(expectedKey(instance))).isPresent();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("done");
    }

    @Test
    void aJobRetriedAfterTheMailWentOutDoesNotMailAgain() {
        ProcessInstance instance = start(true);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        assertThatThrownBy(() -> managementService.executeJob(mailJob(instance).getId()));
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        runtimeService.setVariable(instance.getId(), "failAfterMail", false);
        managementService.executeJob(mailJob(instance).getId());

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("done");
    }

    @Test
    void derivesTheIdempotencyKeyFromInstanceActivityAndRecipientAndLogsTheBusinessKey() {
        ProcessInstance instance = start(false);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
        managementService.executeJob(mailJob(instance).getId());

        MailLogEntry logged = mailLog.byIdempotencyKey(expectedKey(instance)).orElseThrow();
        assertThat(logged.businessKey()).isEqualTo(instance.getBusinessKey());
        assertThat(logged.language()).isEqualTo("ru");
    }

    private ProcessInstance start(boolean failAfterMail) {
        return runtimeService.startProcessInstanceByKey(PROCESS, "E-" + UUID.randomUUID().toString().substring(0, 8),
                Map.of("candidateEmail", "N.Bekov@Example.kz", "candidateName", "Нұрлан Беков", "language", "ru",
                        "failAfterMail", failAfterMail));
    }

    private Job mailJob(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static String expectedKey(ProcessInstance instance) {
        return instance.getId() + "/mailCandidate/n.bekov@example.kz";
    }
}
