package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.model.CandidateRegistrationModel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * While the SMTP server is down, staff still complete their steps; each mail job
 * retries on its cycle, becomes an incident over /engine-rest (what Cockpit shows), and once SMTP is
 * back and the incident's job is retried, each mail arrives exactly once.
 */
@ElectionTest
class SmtpOutageTest {

    static final GreenMail smtp = TestSmtp.server();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    private Api api;
    private OffsetDateTime now = OffsetDateTime.parse("2026-08-10T10:00:00+05:00");

    @BeforeEach
    void duringTheNominationWindow() {
        api = new Api(port);
        setClock(now);
    }

    @Test
    void staffStepsCompleteDuringAnSmtpOutageAndEachMailArrivesOnceAfterTheIncidentIsRetried() throws Exception {
        String election = announce();
        smtp.stop();

        // the staff member files the nomination: answered at once, the mail waits in its own job
        Api.Answer filed = api.post("demo-tec", "/api/elections/" + election + "/nominations", nomination());
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        String reference = filed.json().get("referenceNumber").asText();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();

        String nominationMailJob = failUntilIncident(instance, CandidateRegistrationModel.Elements.MAIL_NOMINATION_RECEIVED);
        smtp.start();
        retryIncidentOverRest(instance, nominationMailJob);
        // GreenMail forgets its mailbox when it stops: read each delivery before the next outage
        List<MimeMessage> delivered = new ArrayList<>(mailsTo("candidate@example.kz"));
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).getSubject()).contains(reference);

        // the commission registers the candidate while SMTP is down again: the task completes
        smtp.stop();
        String review = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION)
                .singleResult().getId();
        assertThat(api.post("demo-tec", "/engine-rest/task/" + review + "/claim", Map.of("userId", "demo-tec"))
                .status()).isEqualTo(204);
        Api.Answer registered = api.post("demo-tec", "/engine-rest/task/" + review + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "REGISTER"),
                        "declarationsConfirmed", Map.of("value", true), "qualificationMet", Map.of("value", true))));
        assertThat(registered.status()).as("%s", registered).isEqualTo(204);
        assertThat(api.get("demo-tec", "/api/nominations/" + reference).json().get("status").asText())
                .isEqualTo("REGISTERED");

        String registrationMailJob = failUntilIncident(instance, CandidateRegistrationModel.Elements.MAIL_REGISTRATION);
        smtp.start();
        retryIncidentOverRest(instance, registrationMailJob);

        assertThat(mailsTo("candidate@example.kz")).hasSize(1);
        assertThat(mailsTo("candidate@example.kz").get(0).getSubject()).isNotEqualTo(delivered.get(0).getSubject());
        assertThat(jdbc.sql("SELECT template FROM election.mail_log WHERE business_key = ? ORDER BY id")
                .param(reference).query(String.class).list())
                .containsExactly("nomination-received", "candidate-registered");
        assertThat(managementService.createJobQuery().processInstanceId(instance).withException().count()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
    }

    /** Every step that sends mail, in every process of bpmn/, is a job of its own that retries on a cycle. */
    @Test
    void everyMailStepOfEveryProcessIsAsynchronousWithARetryCycle() throws Exception {
        List<String> mailSteps = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
            try (InputStream in = file.getInputStream()) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                    if (!sendsMail(task)) {
                        continue;
                    }
                    mailSteps.add(file.getFilename() + "#" + task.getId());
                    assertThat(task.isCamundaAsyncBefore()).as("%s#%s is asyncBefore", file.getFilename(), task.getId())
                            .isTrue();
                    CamundaFailedJobRetryTimeCycle cycle = task.getExtensionElements() == null ? null
                            : task.getExtensionElements().getElementsQuery()
                            .filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream().findFirst().orElse(null);
                    assertThat(cycle).as("%s#%s has a failedJobRetryTimeCycle", file.getFilename(), task.getId())
                            .isNotNull();
                    assertThat(cycle.getTextContent()).matches("R\\d+/PT?\\d+[MHS]");
                }
            }
        }
        assertThat(mailSteps).contains("candidate-registration.bpmn#mailNominationReceived",
                "candidate-registration.bpmn#mailRegistration", "candidate-registration.bpmn#mailRefusal",
                "candidate-registration.bpmn#mailWithdrawal", "candidate-registration.bpmn#mailDeregistration",
                "candidate-registration.bpmn#mailReviewEscalation");
    }

    /** A step sends mail when its bean, id or name says so (the house names them mail...). */
    private static boolean sendsMail(ServiceTask task) {
        String expression = task.getCamundaDelegateExpression() == null ? "" : task.getCamundaDelegateExpression();
        String name = task.getName() == null ? "" : task.getName();
        return expression.startsWith("${mail") || task.getId().startsWith("mail")
                || name.toLowerCase(Locale.ROOT).matches("(mail|email|notify)\\b.*");
    }

    /** Runs the mail job as the job executor would, moving the clock along its retry cycle, until it is an incident. */
    private String failUntilIncident(String instance, String activityId) throws Exception {
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        assertThat(job).as("job of %s", activityId).isNotNull();
        int attempts = 0;
        while (job.getRetries() > 0) {
            String jobId = job.getId();
            assertThat(catchThrowable(() -> managementService.executeJob(jobId))).isNotNull();
            attempts++;
            Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
            if (after.getRetries() > 0) {
                // the cycle waits five minutes before the next attempt
                assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), after.getDuedate().toInstant()))
                        .isEqualTo(Duration.ofMinutes(5));
                now = now.plusMinutes(5).plusSeconds(1);
                setClock(now);
            }
            job = after;
        }
        assertThat(attempts).as("attempts of %s before it became an incident", activityId).isEqualTo(5);
        assertThat(mailsTo("candidate@example.kz")).as("nothing delivered while SMTP is down").isEmpty();

        Api.Answer incidents = api.get("demo-supervisors", "/engine-rest/incident?processInstanceId=" + instance);
        assertThat(incidents.status()).isEqualTo(200);
        assertThat(incidents.json()).hasSize(1);
        JsonNode incident = incidents.json().get(0);
        assertThat(incident.get("incidentType").asText()).isEqualTo("failedJob");
        assertThat(incident.get("activityId").asText()).isEqualTo(activityId);
        assertThat(incident.get("configuration").asText()).isEqualTo(job.getId());
        assertThat(incident.get("incidentMessage").asText()).isNotBlank();
        return job.getId();
    }

    /** What an administrator does in Cockpit ("retry"): give the job a retry, and the job executor runs it. */
    private void retryIncidentOverRest(String instance, String jobId) {
        try {
            assertThat(api.put("demo-supervisors", "/engine-rest/job/" + jobId + "/retries", Map.of("retries", 1))
                    .status()).as("supervisors read, they do not repair").isEqualTo(403);
            assertThat(api.put("demo-admins", "/engine-rest/job/" + jobId + "/retries", Map.of("retries", 1))
                    .status()).isEqualTo(204);
            assertThat(api.get("demo-supervisors", "/engine-rest/incident?processInstanceId=" + instance).json())
                    .isEmpty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        managementService.executeJob(jobId);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String announce() throws Exception {
        Api.Answer announced = api.post("demo-tec", "/api/elections", Map.of("territory",
                "116633100", "level", "RURAL",
                "post", "Akim of Kosshy (SMTP outage " + UUID.randomUUID().toString().substring(0, 8) + ")", "reason", "REGULAR", "callDate", "2026-08-01", "electionDay", "2026-09-13",
                "termEnd", "2026-10-01", "precinctsCsv", "number;address;voters\n1;School No. 1;812\n"));
        assertThat(announced.status()).as("%s", announced).isEqualTo(201);
        return announced.json().get("number").asText();
    }

    private static Map<String, Object> nomination() {
        Map<String, Object> documents = new java.util.HashMap<>();
        for (String code : List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE",
                "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT")) {
            documents.put(code, "2026-08-10");
        }
        Map<String, Object> body = new java.util.HashMap<>(Map.of("fullName", "Aigerim Sadykova",
                "iin", "800515300126", "birthDate", "1980-05-15", "citizenship", "KZ",
                "address", "Kosshy, 1 Abai street", "email", "candidate@example.kz", "language", "en",
                "nominationType", "PARTY", "partyName", "Amanat", "documents", documents));
        body.putAll(Map.of("signaturesSubmitted", 0, "legalCapacityDeclared", true, "noCriminalRecordDeclared", true,
                "noCorruptionOffenceDeclared", true));
        return body;
    }

    private static void setClock(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }
}
