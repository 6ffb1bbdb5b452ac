package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.ruleset.Level;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the start forms (bad-input/start-forms.jsonl): a start form submitted over
 * {@code /engine-rest/process-definition/key/{process}/submit-form}, or through Tasklist's own REST as its start
 * form sends it, with a bad value is answered with a 4xx in Camunda's error form naming the field (never a 500),
 * and neither a domain row nor a process instance is left behind.
 */
@ElectionTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartFormBadInputTest {

    /** A valid start form per process, field by field as Tasklist submits them. */
    private static final Map<String, String> VALID = Map.of(
            "election", """
                    {"territory": "116633100", "level": "RURAL",
                     "post": "Қосшы ауылының әкімі", "reason": "REGULAR", "callDate": "2026-08-10",
                     "electionDay": "2026-09-27", "termEnd": "2026-10-10",
                     "precinctsCsv": "number;address;voters\\n1;№1 мектеп;812\\n"}""",
            "candidateRegistration", """
                    {"electionNumber": "{fresh}", "fullName": "Айгерім Садықова", "iin": "800515300126",
                     "birthDate": "1980-05-15", "citizenship": "KZ", "address": "Қосшы, Абай көшесі 1",
                     "email": "candidate@example.kz", "language": "kk", "nominationType": "PARTY", "partyName": "Amanat",
                     "documents": "APPLICATION,BIOGRAPHY,INCOME_ASSETS_DECLARATION,TAX_CERTIFICATE,CIVIL_SERVICE_PROOF,PARTY_DECISION_EXTRACT",
                     "documentsReceivedOn": "2026-08-10", "legalCapacityDeclared": true,
                     "noCriminalRecordDeclared": true, "noCorruptionOffenceDeclared": true}""",
            "complaint", """
                    {"electionNumber": "{fresh}", "complainantRole": "OBSERVER", "complainantName": "Dana Observer",
                     "complainantEmail": "dana@example.kz", "complainantLanguage": "ru", "subject": "PRECINCT_PROTOCOL",
                     "subjectReference": "1", "actDate": "2026-08-09",
                     "text": "The commission refused to show the protocol."}""",
            "noConfidence", """
                    {"caseKind": "MOTION", "electionNumber": "{fresh}", "maslikhatName": "Қосшы ауданының мәслихаты",
                     "deputiesTotal": 25, "initiators": "Aigerim Seitkali; 2026-08-05\\nBolat Nurlanov; 2026-08-05\\nDana Abenova; 2026-08-06\\nErlan Sadykov; 2026-08-06\\nGulnar Bekova; 2026-08-06",
                     "ground": "REPORTS_REJECTED_TWICE", "reportsRejectedOn": "2026-05-01\\n2026-07-01",
                     "groundsText": "The maslikhat twice rejected the akim's report.", "filedOn": "2026-08-10"}""");
    private static final Map<String, String> STARTED_BY = Map.of("election", "demo-tec",
            "candidateRegistration", "demo-tec", "complaint", "demo-complaints", "noConfidence", "demo-maslikhat");

    private static final String ENGINE_REST = "engine-rest";
    private static final String TASKLIST = "Tasklist";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElectionService elections;

    private Api api;
    private String fresh;
    private final Map<String, TasklistSession> tasklist = new HashMap<>();

    private void electionOnce() {
        // every case runs at this moment (the engine clock is reset after each test)
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        if (fresh != null) {
            return;
        }
        api = new Api(port);
        fresh = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT,
                Level.RURAL, "Akim of Kosshy (Start form corpus " + UUID.randomUUID() + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null,
                "number;address;voters\n1;School No. 1;812\n"), "demo-tec").number();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersWithA4xxNamingTheFieldAndStartsNothing(String name, String door, JsonNode testCase) throws Exception {
        electionOnce();
        String process = testCase.get("process").asText();
        Map<String, Long> before = rows();
        String user = testCase.has("user") ? testCase.get("user").asText() : STARTED_BY.get(process);
        String body = testCase.has("raw") ? testCase.get("raw").asText() : body(process, testCase);

        assertRefused(testCase, submit(door, user, process, body), before);
    }

    /** The start form sent at {@code door}: Camunda's REST with Basic credentials, or Tasklist's own as its start form does. */
    private Api.Answer submit(String door, String user, String process, String body) throws Exception {
        if (ENGINE_REST.equals(door)) {
            return api.post(user, "/engine-rest/process-definition/key/" + process + "/submit-form", body);
        }
        TasklistSession session = tasklist.get(user);
        if (session == null) {
            session = new TasklistSession(port, user);
            tasklist.put(user, session);
        }
        HttpResponse<String> sent = session.post("/camunda/api/engine/engine/default/process-definition/key/" + process
                + "/submit-form", body);
        return new Api.Answer(sent.statusCode(), sent.headers().firstValue("Content-Type").orElse(""), sent.body());
    }

    private void assertRefused(JsonNode testCase, Api.Answer answer, Map<String, Long> before) throws Exception {
        int expected = testCase.path("status").asInt(400);
        assertThat(answer.status()).as("%s", answer).isEqualTo(expected);
        assertThat(answer.body()).doesNotContain("at kz.election", "at org.", "SQL");
        if (testCase.has("answerType")) {
            // JSON the REST layer cannot parse is refused by Camunda's own parser, in plain text
            assertThat(answer.contentType()).as("%s", answer).startsWith(testCase.get("answerType").asText());
            assertThat(rows()).as("rows of every election.* table and of the engine's instances").isEqualTo(before);
            return;
        }
        assertThat(answer.contentType()).as("%s", answer).startsWith("application/json");
        JsonNode error = answer.json();
        String message = error.has("message") ? error.get("message").asText() : error.path("detail").asText();
        assertThat(message).as("%s", answer).isNotBlank();
        if (testCase.hasNonNull("expect")) {
            List<String> fields = new ArrayList<>();
            error.path("errors").forEach(e -> fields.add(e.get("field").asText()));
            String field = testCase.get("expect").asText();
            assertThat(fields.contains(field) || message.contains(field)).as("names %s: %s", field, answer).isTrue();
        }
        assertThat(rows()).as("rows of every election.* table and of the engine's instances").isEqualTo(before);
    }

    Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bad-input/start-forms.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    JsonNode testCase = Api.JSON.readTree(line);
                    for (String door : List.of(ENGINE_REST, TASKLIST)) {
                        cases.add(Arguments.of(door + ", " + testCase.get("process").asText() + ": "
                                + testCase.get("case").asText(), door, testCase));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** Camunda's submit-form body: each field a variable, typed by its JSON value unless the case types it. */
    private String body(String process, JsonNode testCase) throws IOException {
        ObjectNode form = (ObjectNode) Api.JSON.readTree(VALID.get(process).replace("{fresh}", fresh));
        testCase.path("remove").forEach(field -> form.remove(field.asText()));
        testCase.path("set").fields().forEachRemaining(entry -> form.set(entry.getKey(), entry.getValue()));
        ObjectNode variables = Api.JSON.createObjectNode();
        form.fields().forEachRemaining(entry -> {
            JsonNode typed = testCase.path("typed").get(entry.getKey());
            variables.set(entry.getKey(), typed != null ? typed : Api.JSON.createObjectNode().set("value", entry.getValue()));
        });
        testCase.path("typed").fields().forEachRemaining(entry -> variables.set(entry.getKey(), entry.getValue()));
        String json = Api.JSON.writeValueAsString(Api.JSON.createObjectNode().set("variables", variables));
        return json.replace("{fresh}", fresh);
    }

    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'election' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                        ORDER BY table_name""").query(String.class).list()) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM election.\"" + table + "\"").query(Long.class).single());
        }
        rows.put("act_hi_procinst", jdbc.sql("SELECT count(*) FROM act_hi_procinst").query(Long.class).single());
        rows.put("act_ru_execution", jdbc.sql("SELECT count(*) FROM act_ru_execution").query(Long.class).single());
        return rows;
    }
}
