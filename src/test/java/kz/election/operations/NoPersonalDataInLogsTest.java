package kz.election.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.ballot.BallotService;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.election.ElectionService;
import kz.election.model.CandidateRegistrationModel;
import kz.election.precinct.ProtocolService;
import kz.election.reliability.Api;
import kz.election.results.PublishedStory;
import kz.election.results.ResultsFixtures;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The log of a whole story (an election called, a candidate nominated with IIN and e-mail and mailed, a
 * count, a result published, complaints filed and decided) holds none of the people's IINs or e-mail
 * addresses, in any message, field or stack trace; and a job's lines carry the election it works for.
 */
@ElectionTest
class NoPersonalDataInLogsTest {

    private static final String IIN = "800515300126";
    private static final String EMAIL = "aigerim.logscan@example.kz";

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    ProtocolService protocols;
    @Autowired
    ElectionCalls calls;
    @Autowired
    ElectionResults results;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintReview review;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(log);
        ClockUtil.reset();
    }

    @Test
    void noIinOrEmailOfAnyoneInTheLogOfAWholeStory() throws Exception {
        Api api = new Api(port);
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        Api.Answer announced = api.post("demo-tec", "/api/elections", Map.of("territory", "116633100", "level", "RURAL",
                "post", "Akim of Kosshy (log scan " + UUID.randomUUID().toString().substring(0, 8) + ")",
                "reason", "REGULAR", "callDate", "2026-08-01", "electionDay", "2026-09-13", "termEnd", "2026-10-01",
                "precinctsCsv", "number;address;voters\n1;School No. 1;812\n"));
        assertThat(announced.status()).as("%s", announced).isEqualTo(201);
        String election = announced.json().get("number").asText();
        Api.Answer filed = api.post("demo-tec", "/api/elections/" + election + "/nominations", nomination(IIN, EMAIL));
        assertThat(filed.ok()).as("%s", filed).isTrue();
        // a nomination refused for its IIN names the field, not the number
        api.post("demo-tec", "/api/elections/" + election + "/nominations", nomination("800515300127", EMAIL));
        Job mail = nominationMail(election);
        managementService.executeJob(mail.getId());
        ClockUtil.reset();

        PublishedStory.run(new ResultsFixtures(elections, ballots, protocols), calls, results, complaints, review,
                runtimeService);

        List<String> personal = List.of(IIN, "800515300127", EMAIL, PublishedStory.COMPLAINANT_EMAIL, PublishedStory.OTHER_EMAIL);
        List<String> leaks = new ArrayList<>();
        for (ILoggingEvent event : log.list) {
            // the tests' SMTP server (GreenMail) logs the mailboxes it creates; production has none
            if (event.getLoggerName().startsWith("com.icegreen.")) {
                continue;
            }
            String text = text(event);
            personal.stream().filter(text::contains).forEach(found -> leaks.add(found + " in: " + text));
        }
        assertThat(log.list).as("the story was logged").isNotEmpty();
        assertThat(leaks).isEmpty();
        // the mail job's line names the election it was for (Camunda's logging context, the business key)
        assertThat(log.list).anyMatch(event -> event.getFormattedMessage().startsWith("Mailed")
                && event.getMDCPropertyMap().getOrDefault(RequestLogContext.ELECTION, "").startsWith(election));
    }

    private Job nominationMail(String election) {
        for (Job job : managementService.createJobQuery()
                .activityId(CandidateRegistrationModel.Elements.MAIL_NOMINATION_RECEIVED).list()) {
            var instance = runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                    .singleResult();
            if (instance != null && instance.getBusinessKey() != null && instance.getBusinessKey().startsWith(election)) {
                return job;
            }
        }
        throw new AssertionError("no nomination mail of " + election);
    }

    /** Everything a log line can carry: the message, its arguments, the MDC and the stack trace. */
    private static String text(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                text.append(' ').append(argument);
            }
        }
        for (IThrowableProxy failure = event.getThrowableProxy(); failure != null; failure = failure.getCause()) {
            text.append(' ').append(failure.getClassName()).append(' ').append(failure.getMessage());
            for (StackTraceElementProxy frame : failure.getStackTraceElementProxyArray()) {
                text.append(' ').append(frame.getSTEAsString());
            }
        }
        return text.toString();
    }

    private static Map<String, Object> nomination(String iin, String email) {
        Map<String, Object> documents = new HashMap<>();
        for (String code : List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE",
                "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT")) {
            documents.put(code, "2026-08-10");
        }
        Map<String, Object> body = new HashMap<>(Map.of("fullName", "Aigerim Sadykova", "iin", iin,
                "birthDate", "1980-05-15", "citizenship", "KZ", "address", "Kosshy, 1 Abai street", "email", email,
                "language", "en", "nominationType", "PARTY", "partyName", "Amanat", "documents", documents));
        body.putAll(Map.of("signaturesSubmitted", 0, "legalCapacityDeclared", true, "noCriminalRecordDeclared", true,
                "noCorruptionOffenceDeclared", true));
        return body;
    }
}
