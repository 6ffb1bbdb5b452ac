package kz.election.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.model.CandidateRegistrationModel.Elements;
import kz.election.platform.JobLogContext;
import kz.election.reliability.Api;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A job's log lines say what started it and on whose action it runs (README "Operations", logs): the mail
 * after a staff member's completion of a task carries that member, a deadline's timer and the mail it
 * leads to carry the engine, and each line the election and commission of its process.
 */
@ElectionTest
class JobLogContextTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureTheLog() {
        log.start();
        root.addAppender(log);
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(log);
        ClockUtil.reset();
    }

    @Test
    void aJobsLinesNameTheUserWhoseActionCreatedItAndATimersNameTheEngine() throws Exception {
        Api api = new Api(port);
        Api.Answer announced = api.post("demo-tec", "/api/elections", Map.of("territory", "116633100", "level", "RURAL",
                "post", "Akim of Kosshy (job log " + UUID.randomUUID().toString().substring(0, 8) + ")",
                "reason", "REGULAR", "callDate", "2026-08-01", "electionDay", "2026-09-13", "termEnd", "2026-10-01",
                "precinctsCsv", "number;address;voters\n1;School No. 1;812\n"));
        assertThat(announced.status()).as("%s", announced).isEqualTo(201);
        String election = announced.json().get("number").asText();
        Api.Answer filed = api.post("demo-tec", "/api/elections/" + election + "/nominations", nomination());
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        String reference = filed.json().get("referenceNumber").asText();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();

        // the mail the filing's request created: the staff member who filed
        Map<String, String> received = mailedLine(execute(instance, Elements.MAIL_NOMINATION_RECEIVED), reference);
        assertThat(received).containsEntry(JobLogContext.TRIGGER, "continuation").containsEntry("user", "demo-tec")
                .containsEntry(RequestLogContext.ELECTION, reference).containsKey("commission");

        // the decision deadline nears: the timer's own lines (the engine's debug lines) are nobody's ...
        Logger engine = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine");
        Level before = engine.getLevel();
        engine.setLevel(Level.DEBUG);
        Job timer = job(instance, Elements.DECISION_NEARLY_DUE);
        List<ILoggingEvent> timerLines;
        try {
            ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
            timerLines = execute(timer);
        } finally {
            engine.setLevel(before);
        }
        List<Map<String, String>> fired = timerLines.stream().map(ILoggingEvent::getMDCPropertyMap)
                .filter(mdc -> "timer".equals(mdc.get(JobLogContext.TRIGGER))).toList();
        assertThat(fired).as("lines of the timer job").isNotEmpty()
                .allSatisfy(mdc -> assertThat(mdc).containsEntry("user", JobLogContext.ENGINE))
                .anySatisfy(mdc -> assertThat(mdc).containsEntry(RequestLogContext.ELECTION, reference));
        // ... and so is the mail the timer led to, though a person's request created the timer
        Map<String, String> escalation = mailedLine(execute(instance, Elements.MAIL_REVIEW_ESCALATION), reference);
        assertThat(escalation).containsEntry(JobLogContext.TRIGGER, "continuation")
                .containsEntry("user", JobLogContext.ENGINE);

        // the commission registers the candidate in Tasklist's REST API: the mail after it is the completer's
        String review = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(Elements.REVIEW_NOMINATION).singleResult().getId();
        assertThat(api.post("demo-tec", "/engine-rest/task/" + review + "/claim", Map.of("userId", "demo-tec"))
                .status()).isEqualTo(204);
        Api.Answer registered = api.post("demo-tec", "/engine-rest/task/" + review + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "REGISTER"),
                        "declarationsConfirmed", Map.of("value", true), "qualificationMet", Map.of("value", true))));
        assertThat(registered.status()).as("%s", registered).isEqualTo(204);
        Map<String, String> registration = mailedLine(execute(instance, Elements.MAIL_REGISTRATION), reference);
        assertThat(registration).containsEntry(JobLogContext.TRIGGER, "continuation").containsEntry("user", "demo-tec");

        // nothing stays behind on the thread that ran the jobs
        assertThat(org.slf4j.MDC.get("user")).isNull();
        assertThat(org.slf4j.MDC.get(JobLogContext.TRIGGER)).isNull();
    }

    private Job job(String instance, String activity) {
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
        assertThat(job).as("the job of %s", activity).isNotNull();
        return job;
    }

    private List<ILoggingEvent> execute(String instance, String activity) {
        return execute(job(instance, activity));
    }

    /** The lines written while the job ran. */
    private List<ILoggingEvent> execute(Job job) {
        int from = log.list.size();
        managementService.executeJob(job.getId());
        return List.copyOf(log.list.subList(from, log.list.size()));
    }

    private static Map<String, String> mailedLine(List<ILoggingEvent> lines, String reference) {
        return lines.stream().filter(line -> line.getFormattedMessage().startsWith("Mailed")
                        && line.getFormattedMessage().contains(reference))
                .map(ILoggingEvent::getMDCPropertyMap).findFirst()
                .orElseThrow(() -> new AssertionError("no Mailed line among " + lines.stream()
                        .map(ILoggingEvent::getFormattedMessage).toList()));
    }

    private static Map<String, Object> nomination() {
        Map<String, Object> documents = new HashMap<>();
        for (String code : List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE",
                "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT")) {
            documents.put(code, "2026-08-10");
        }
        Map<String, Object> body = new HashMap<>(Map.of("fullName", "Aigerim Sadykova", "iin", "800515300126",
                "birthDate", "1980-05-15", "citizenship", "KZ", "address", "Kosshy, 1 Abai street",
                "email", "candidate@example.kz", "language", "en", "nominationType", "PARTY", "partyName", "Amanat",
                "documents", documents));
        body.putAll(Map.of("signaturesSubmitted", 0, "legalCapacityDeclared", true, "noCriminalRecordDeclared", true,
                "noCorruptionOffenceDeclared", true));
        return body;
    }
}
