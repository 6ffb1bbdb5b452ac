package kz.election.noconfidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.election.CertifiedAkimElections;
import kz.election.model.NoConfidenceModel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST /api/no-confidence and /api/no-confidence/appeals over HTTP: 201 with a started process for the
 * secretariat, 403 for other roles, 404 for unknown numbers, 409 for a second open case, and the
 * bad-input corpus bad-input/no-confidence.jsonl answered with 400 naming the field, storing nothing.
 */
@ElectionTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoConfidenceControllerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The akims are elected through election.bpmn, whose mail steps need an SMTP server. */
    static final GreenMail smtp = TestSmtp.server();

    @Autowired TestRestTemplate rest;
    @Autowired CertifiedAkimElections elections;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CitizenAppealService appeals;
    @Autowired JdbcClient jdbc;

    private String election;

    /** Once, inside the first test: election.bpmn runs, and coverage records runs only within a test. */
    @BeforeEach
    void electAnAkim() {
        if (election == null) {
            election = AkimOfKosshy.elect(elections, "ru");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusesABadMotionNamingTheFieldAndStoresNothing(String name, JsonNode testCase) throws Exception {
        AkimOfKosshy.at("2027-03-01T10:00:00+05:00");
        String body = testCase.has("raw") ? testCase.get("raw").asText() : mutated(testCase);
        long rowsBefore = rows();

        ResponseEntity<String> response = post("demo-maslikhat", "/api/no-confidence", body);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).doesNotContain("Exception", "at kz.election", "at org.");
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.getBody()).path("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).as(response.getBody()).contains(testCase.get("expect").asText());
        assertThat(rows()).as("motions, initiators and appeals stored").isEqualTo(rowsBefore);
    }

    @Test
    void theSecretariatFilesAMotionItsProcessStartsAndASecondOneWaits() throws Exception {
        String other = AkimOfKosshy.elect(elections, "en");
        String body = JSON.writeValueAsString(JSON.readTree(valid(other)));

        ResponseEntity<Map> created = rest.withBasicAuth("demo-maslikhat", ElectionTest.PASSWORD)
                .postForEntity("/api/no-confidence", json(body), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("motionNumber");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/no-confidence/" + number);
        assertThat(created.getBody()).containsEntry("status", "ADMITTED").containsEntry("filedBy", "demo-maslikhat")
                .containsEntry("akimName", "Nurlan Abenov");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NoConfidenceModel.PROCESS)
                .processInstanceBusinessKey(number).count()).isEqualTo(1);

        ResponseEntity<Map> read = rest.withBasicAuth("demo-supervisors", ElectionTest.PASSWORD)
                .getForEntity("/api/no-confidence/" + number, Map.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) read.getBody().get("initiators")).hasSize(7);

        ResponseEntity<String> second = post("demo-maslikhat", "/api/no-confidence", body);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody()).contains(number + " about the akim of election " + other + " is still open");
    }

    @Test
    void onlyTheSecretariatFilesMotionsAndRecordsAppeals() {
        assertThat(post("demo-tec", "/api/no-confidence", valid(election)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("demo-complaints", "/api/no-confidence/appeals", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/no-confidence", json(valid(election)), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownMotionOrAppealIsNotFound() {
        assertThat(rest.withBasicAuth("demo-maslikhat", ElectionTest.PASSWORD)
                .getForEntity("/api/no-confidence/NC-2027-9999", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("demo-maslikhat", ElectionTest.PASSWORD)
                .getForEntity("/api/no-confidence/appeals/NCA-2027-9999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCitizensAppealIsRecordedAndBecomesATaskOfTheSecretariat() throws Exception {
        AkimOfKosshy.at("2027-03-01T10:00:00+05:00");
        ResponseEntity<Map> created = rest.withBasicAuth("demo-maslikhat", ElectionTest.PASSWORD)
                .postForEntity("/api/no-confidence/appeals", json("""
                        {"electionNumber": "%s", "citizenName": "Residents of Kosshy",
                         "summary": "Ask the maslikhat to express no confidence in the akim"}""".formatted(election)), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("appealNumber");
        assertThat(created.getBody()).containsEntry("recordedBy", "demo-maslikhat").containsEntry("receivedOn", "2027-03-01");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);

        ResponseEntity<String> bad = post("demo-maslikhat", "/api/no-confidence/appeals",
                "{\"electionNumber\": \"" + election + "\", \"summary\": \" \"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("citizenName", "summary");

        ResponseEntity<String> badAddress = post("demo-maslikhat", "/api/no-confidence/appeals", """
                {"electionNumber": "%s", "citizenName": "Residents of Kosshy", "summary": "No confidence",
                 "citizenEmail": "residents at example.kz", "citizenLanguage": "de"}""".formatted(election));
        assertThat(badAddress.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badAddress.getBody()).contains("citizenEmail", "citizenLanguage");
    }

    /**
     * A decision on an appeal completed at the engine's own door meets the checks of the Tasklist form: a
     * variable the form has not (the gateway's own decision) is refused, a forwarding without its body is
     * refused naming the field, and an honest completion forwards the appeal.
     */
    @Test
    void anAppealsDecisionThroughEngineRestMeetsTheSameChecks() {
        AkimOfKosshy.at("2027-03-01T10:00:00+05:00");
        String number = appeals.recordAppeal(new AppealRequest(election, "Residents of Kosshy", null, null,
                "Ask the maslikhat to express no confidence in the akim"), "demo-maslikhat").appealNumber();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        Task decide = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(decide.getTaskDefinitionKey()).isEqualTo(NoConfidenceModel.Elements.DECIDE_APPEAL_COMPETENCE);
        taskService.claim(decide.getId(), "demo-maslikhat");
        String complete = "/engine-rest/task/" + decide.getId() + "/complete";

        ResponseEntity<String> forged = post("demo-maslikhat", complete, """
                {"variables": {"appealCompetence": {"value": "MASLIKHAT"}, "appealForwarded": {"value": true}}}""");
        assertThat(forged.getStatusCode().is4xxClientError()).as(forged.getBody()).isTrue();
        assertThat(forged.getBody()).contains("appealForwarded");
        ResponseEntity<String> incomplete = post("demo-maslikhat", complete,
                "{\"variables\": {\"appealCompetence\": {\"value\": \"OTHER_BODY\"}}}");
        assertThat(incomplete.getStatusCode().is4xxClientError()).as(incomplete.getBody()).isTrue();
        assertThat(incomplete.getBody()).contains("forwardedTo");
        assertThat(appeals.appeal(number).outcome()).isNull();

        ResponseEntity<String> honest = post("demo-maslikhat", complete, """
                {"variables": {"appealCompetence": {"value": "OTHER_BODY"},
                               "forwardedTo": {"value": "Akimat of Akmola region"}}}""");
        assertThat(honest.getStatusCode()).as(honest.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(appeals.appeal(number).outcome()).isEqualTo("FORWARDED");
        assertThat(appeals.appeal(number).forwardedTo()).isEqualTo("Akimat of Akmola region");
    }

    /** The acting akim appointed after a term ended early is recorded by the secretariat and public on the election. */
    @Test
    void theActingAkimAfterAResignationIsRecordedAndShownOnTheElection() throws Exception {
        String other = AkimOfKosshy.elect(elections, "en");
        ResponseEntity<Map> filed = rest.withBasicAuth("demo-maslikhat", ElectionTest.PASSWORD)
                .postForEntity("/api/no-confidence", json("""
                        {"kind": "RESIGNATION", "electionNumber": "%s", "maslikhatName": "Kosshy district maslikhat",
                         "termEndedOn": "2027-02-28", "termEndReference": "Letter of 28 February 2027"}""".formatted(other)),
                        Map.class);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) filed.getBody().get("motionNumber");
        assertThat(rest.withBasicAuth("demo-tec", ElectionTest.PASSWORD).getForEntity("/api/elections/" + other
                + "/acting-akim", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String path = "/api/no-confidence/" + number + "/acting-akim";
        assertThat(post("demo-tec", path, "{\"actingAkimName\": \"Maden Baktybayev\", \"actingAkimFrom\": \"2027-03-01\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> early = post("demo-maslikhat", path,
                "{\"actingAkimName\": \"Maden Baktybayev\", \"actingAkimFrom\": \"2027-02-27\"}");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(early.getBody()).contains("actingAkimFrom", "the term ended on 2027-02-28");
        ResponseEntity<Map> recorded = rest.withBasicAuth("demo-maslikhat", ElectionTest.PASSWORD).postForEntity(path,
                json("{\"actingAkimName\": \"Maden Baktybayev\", \"actingAkimFrom\": \"2027-03-01\"}"), Map.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody()).containsEntry("actingAkimName", "Maden Baktybayev")
                .containsEntry("actingAkimFrom", "2027-03-01");

        ResponseEntity<Map> shown = rest.withBasicAuth("demo-tec", ElectionTest.PASSWORD)
                .getForEntity("/api/elections/" + other + "/acting-akim", Map.class);
        assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(shown.getBody()).containsEntry("fullName", "Maden Baktybayev").containsEntry("actingFrom", "2027-03-01")
                .containsEntry("caseNumber", number).containsEntry("recordedBy", "demo-maslikhat");
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = NoConfidenceControllerTest.class.getClassLoader()
                .getResourceAsStream("bad-input/no-confidence.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    JsonNode testCase = JSON.readTree(line);
                    cases.add(Arguments.of(testCase.get("case").asText(), testCase));
                }
            }
        }
        return cases.stream();
    }

    private String mutated(JsonNode testCase) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(valid(election));
        testCase.path("remove").forEach(field -> body.remove(field.asText()));
        testCase.path("set").fields().forEachRemaining(entry -> body.set(entry.getKey(), entry.getValue()));
        return JSON.writeValueAsString(body);
    }

    private static String valid(String election) {
        StringBuilder initiators = new StringBuilder();
        for (String name : List.of("Aigerim Seitkali", "Bolat Nurlanov", "Dana Abenova", "Erlan Sadykov",
                "Gulnar Omarova", "Ilyas Bekov")) {
            initiators.append(initiators.isEmpty() ? "" : ", ")
                    .append("{\"fullName\": \"").append(name).append("\", \"signedOn\": \"2027-02-20\"}");
        }
        initiators.append(", {\"fullName\": \"Kairat Unsigned\"}");
        return """
                {"kind": "MOTION", "electionNumber": "%s", "maslikhatName": "Kosshy district maslikhat",
                 "deputiesTotal": 25, "initiators": [%s], "ground": "REPORTS_REJECTED_TWICE",
                 "reportsRejectedOn": ["2026-12-10", "2027-02-15"]}""".formatted(election, initiators);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD).postForEntity(path, json(body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private long rows() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM election.motion) + (SELECT count(*) FROM election.motion_initiator)
                     + (SELECT count(*) FROM election.citizen_appeal)""").query(Long.class).single();
    }
}
