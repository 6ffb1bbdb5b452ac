package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.complaint.ComplainantRole;
import kz.election.complaint.ComplaintRequest;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintSubject;
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
 * For every /api endpoint that takes input (bad-input/api-endpoints.jsonl; the
 * announcement and read-path corpora are BadInputCorpusTest's): each case is answered with its 4xx as
 * problem+json naming the field, never a 500, and leaves every table of the election schema as it was.
 */
@ElectionTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBadInputCorpusTest {

    private static final Pattern REPEAT = Pattern.compile("\\{(\\X)\\*(\\d{1,8})}");

    static final Map<String, String> VALID = Map.of(
            "nomination", """
                    {"fullName": "Айгерім Садықова", "iin": "800515300126", "birthDate": "1980-05-15",
                     "citizenship": "KZ", "address": "Қосшы, Абай көшесі 1", "email": "candidate@example.kz",
                     "language": "kk", "nominationType": "PARTY", "partyName": "Amanat", "signaturesSubmitted": 0,
                     "documents": {"APPLICATION": "2026-08-10", "BIOGRAPHY": "2026-08-10",
                       "INCOME_ASSETS_DECLARATION": "2026-08-10", "TAX_CERTIFICATE": "2026-08-10",
                       "CIVIL_SERVICE_PROOF": "2026-08-10", "PARTY_DECISION_EXTRACT": "2026-08-10"},
                     "legalCapacityDeclared": true, "noCriminalRecordDeclared": true, "noCorruptionOffenceDeclared": true}""",
            "protocol", """
                    {"votersOnList": 812, "ballotsReceived": 700, "ballotsIssuedAtStation": 500, "ballotsIssuedAtHome": 20,
                     "ballotsCancelled": 180, "ballotsFound": 515, "invalidBallots": 5,
                     "candidateVotes": {"C-1": 300, "C-2": 150}, "againstAll": 60}""");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Counts counts;
    @Autowired
    ElectionService elections;
    @Autowired
    ComplaintService complaints;

    private Api api;
    private final Map<String, String> placeholders = new LinkedHashMap<>();

    /**
     * Within the first case, not in a @BeforeAll: process-test-coverage records the counts it starts only
     * inside a running test.
     */
    private void electionsOnce() {
        // inside the nomination window of the fresh election, so only the bad field can be at fault
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        if (!placeholders.isEmpty()) {
            return;
        }
        api = new Api(port);
        Counts.Election counted = counts.open("Corpus count", 2);
        String fresh = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT,
                Level.RURAL, "Akim of Kosshy (Corpus nominations " + UUID.randomUUID() + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null,
                "number;address;voters\n1;School No. 1;812\n"), "demo-tec").number();
        // a complaint under review on the fresh election, for its attachments and decision
        String complaint = complaints.submit(new ComplaintRequest(fresh, ComplainantRole.OBSERVER, "Dana Observer",
                "dana@example.kz", "ru", ComplaintSubject.PRECINCT_PROTOCOL, "1", LocalDate.parse("2026-08-09"),
                "The commission refused to show the protocol."), "demo-complaints").complaintNumber();
        placeholders.put("{complaint}", complaint);
        placeholders.put("{count}", counted.number());
        placeholders.put("{member1}", counted.member(1));
        placeholders.put("{fresh}", fresh);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersWithA4xxProblemNamingTheFieldAndChangesNothing(String name, JsonNode testCase) throws Exception {
        electionsOnce();
        Map<String, Long> before = rowsOfEveryElectionTable();
        String method = testCase.get("method").asText();
        HttpRequest.Builder request = api.request(testCase.hasNonNull("user") ? resolve(testCase.get("user").asText()) : null,
                resolve(testCase.get("path").asText()));
        testCase.path("headers").fields().forEachRemaining(h -> request.header(h.getKey(), repeated(h.getValue().asText())));
        if ("POST".equals(method) && testCase.has("multipart")) {
            JsonNode part = testCase.get("multipart");
            String boundary = "corpus" + UUID.randomUUID().toString().replace("-", "");
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            request.POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"" + part.get("name").asText() + "\"; filename=\""
                    + part.get("filename").asText() + "\"\r\nContent-Type: " + part.get("contentType").asText()
                    + "\r\n\r\n" + repeated(part.get("content").asText()) + "\r\n--" + boundary + "--\r\n",
                    StandardCharsets.ISO_8859_1));
        } else if ("POST".equals(method)) {
            request.header("Content-Type", testCase.has("contentType") ? testCase.get("contentType").asText()
                    : "application/json");
            request.POST(HttpRequest.BodyPublishers.ofString(repeated(resolve(body(testCase))), StandardCharsets.UTF_8));
        } else {
            request.GET();
        }

        Api.Answer answer = api.send(request);

        int expected = testCase.get("status").asInt();
        assertThat(answer.status()).as("%s", answer).isEqualTo(expected);
        if (testCase.has("answerType")) {
            // a page for people (the public results) answers in its own kind, still never a stack trace
            assertThat(answer.contentType()).as("%s", answer).startsWith(testCase.get("answerType").asText());
            assertThat(answer.body()).doesNotContain("Exception", "at kz.election", "at org.");
            assertThat(rowsOfEveryElectionTable()).as("rows of every election.* table").isEqualTo(before);
            return;
        }
        assertThat(answer.contentType()).as("%s", answer).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(expected);
        assertThat(answer.body()).doesNotContain("Exception", "at kz.election", "at org.", "SQL");
        if (testCase.hasNonNull("expect")) {
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
            assertThat(fields).as("%s", answer).contains(testCase.get("expect").asText());
        }
        assertThat(rowsOfEveryElectionTable()).as("rows of every election.* table").isEqualTo(before);
    }

    Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bad-input/api-endpoints.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    JsonNode testCase = Api.JSON.readTree(line);
                    cases.add(Arguments.of(testCase.get("case").asText(), testCase));
                }
            }
        }
        return cases.stream();
    }

    private String body(JsonNode testCase) throws IOException {
        if (testCase.has("raw")) {
            return testCase.get("raw").asText();
        }
        if (testCase.has("json")) {
            return Api.JSON.writeValueAsString(testCase.get("json"));
        }
        if (!testCase.has("base")) {
            return "";
        }
        ObjectNode body = (ObjectNode) Api.JSON.readTree(VALID.get(testCase.get("base").asText()));
        testCase.path("remove").forEach(field -> body.remove(field.asText()));
        testCase.path("set").fields().forEachRemaining(entry -> body.set(entry.getKey(), entry.getValue()));
        return Api.JSON.writeValueAsString(body);
    }

    /** "{x*1000}" in a value stands for x written 1000 times: oversized strings without a 1000-character line. */
    private static String repeated(String text) {
        return REPEAT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
    }

    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            resolved = resolved.replace(p.getKey(), p.getValue());
        }
        return resolved;
    }

    /** Row counts of every table of the election schema, whatever migrations later add. */
    private Map<String, Long> rowsOfEveryElectionTable() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'election' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                        ORDER BY table_name""").query(String.class).list()) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM election.\"" + table + "\"").query(Long.class).single());
        }
        return rows;
    }
}
