package kz.election.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import com.icegreen.greenmail.util.GreenMail;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.model.ComplaintModel;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Complaints over HTTP as an integration sends them: filing starts the process, files are typed by their
 * content, a decision completes the officer's task, every error is problem+json naming the field, and
 * the public list carries no personal data. Includes the bad-input corpus bad-input/complaints.jsonl.
 */
@ElectionTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final GreenMail smtp = TestSmtp.server();

    @LocalServerPort int port;
    @Autowired ComplaintFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String election;

    @BeforeAll
    void anElection() {
        election = fixtures.election("rest");
    }

    @BeforeEach
    void insideItsNominationWindow() {
        // engine time is 10 August 2026, 10:00 (UTC+5) in every test: the server's threads read it too
        ComplaintFixtures.at("2026-08-10T10:00:00+05:00");
    }

    @Test
    void aComplaintIsFiledWithFilesTypedByTheirContentAndDecidedOverRest() throws Exception {
        HttpResponse<String> filed = post("/api/complaints", "demo-complaints", valid());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String number = JSON.readTree(filed.body()).get("complaintNumber").asText();
        assertThat(number).startsWith(election + "-C");
        assertThat(filed.headers().firstValue("Location")).hasValue("/api/complaints/" + number);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ComplaintModel.PROCESS).count()).isEqualTo(1);
        assertThat(post("/api/complaints", "demo-tec", valid()).statusCode()).isEqualTo(403);

        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> attached = upload(number, "protocol-copy.pdf", "application/pdf", pdf);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        assertThat(JSON.readTree(attached.body()).get("contentType").asText()).isEqualTo("application/pdf");
        long id = JSON.readTree(attached.body()).get("id").asLong();

        // an executable renamed to .pdf and sent as a PDF is judged by its bytes
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertProblem(upload(number, "photo.pdf", "application/pdf", exe), 400, "file");
        assertProblem(upload(number, "empty.pdf", "application/pdf", new byte[0]), 400, "file");
        byte[] tooLarge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        assertProblem(upload(number, "huge.pdf", "application/pdf", tooLarge), 400, "file");
        HttpResponse<String> notMultipart = send(HttpRequest.newBuilder(uri("/api/complaints/" + number + "/attachments"))
                .header("Authorization", basic("demo-complaints")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        assertThat(notMultipart.statusCode()).isEqualTo(415);

        // a complainant's files are evidence about them: supervisors follow the deadlines without them
        assertThat(get("/api/complaints/" + number + "/attachments/" + id, "demo-supervisors").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(
                        uri("/api/complaints/" + number + "/attachments/" + id))
                .header("Authorization", basic("demo-complaints")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");

        HttpResponse<String> read = get("/api/complaints/" + number, "demo-complaints");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("attachments")).hasSize(1);
        assertThat(get("/api/complaints/" + number, "demo-tec").statusCode()).isEqualTo(403);

        fixtures.runJobs(number); // the receipt mail; the review task is open now
        assertProblem(post("/api/complaints/" + number + "/decision", "demo-complaints",
                "{\"decision\": \"DISMISS\"}"), 400, "reasons");
        assertProblem(post("/api/complaints/" + number + "/decision", "demo-complaints",
                "{\"decision\": \"UPHOLD\", \"reasons\": \"Miscounted\", \"remedy\": \"RECOUNT\", \"remedyPrecinct\": 9}"),
                400, "remedyPrecinct");
        assertProblem(post("/api/complaints/" + number + "/decision", "demo-complaints",
                "{\"decision\": \"DISMISS\", \"reasons\": \"Unfounded\", \"remedy\": \"RECOUNT\", \"remedyPrecinct\": 1}"),
                400, "remedy");
        assertProblem(post("/api/complaints/" + number + "/decision", "demo-complaints",
                "{\"decision\": \"UPHOLD\", \"reasons\": \"Miscounted\", \"remedy\": \"RECOUNT_ALL\"}"), 400, "remedy");
        HttpResponse<String> decided = post("/api/complaints/" + number + "/decision", "demo-complaints",
                "{\"decision\": \"DISMISS\", \"reasons\": \"The protocol of precinct 1 passes every control check\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode complaint = JSON.readTree(decided.body());
        assertThat(complaint.get("status").asText()).isEqualTo("DECIDED");
        assertThat(complaint.get("decidedBy").asText()).isEqualTo("demo-complaints");
        assertThat(post("/api/complaints/" + number + "/decision", "demo-complaints",
                "{\"decision\": \"DISMISS\", \"reasons\": \"Again\"}").statusCode()).isEqualTo(409);
        fixtures.runJobs(number);
        assertProblem(post("/api/complaints/" + number + "/court-appeal", "demo-complaints",
                "{\"courtName\": \"Kosshy district court\", \"caseNumber\": \"2-7/2026\"}"), 400, "appealedOn");

        HttpResponse<String> published = get("/api/elections/" + election + "/complaints", "demo-tec");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains(number, "DISMISSED", "PRECINCT_PROTOCOL")
                .doesNotContain("Dana Observer", "dana@example.kz", "refused to show");
    }

    /** docs/RULES.md, Complaints and appeals: a late complaint waits for an officer's admission decision, over REST too. */
    @Test
    void anOfficerDecidesOverRestWhetherToAdmitALateComplaintGivingReasons() throws Exception {
        ComplaintFixtures.at("2026-08-25T10:00:00+05:00");
        HttpResponse<String> filed = post("/api/complaints", "demo-complaints", valid());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String number = JSON.readTree(filed.body()).get("complaintNumber").asText();
        assertThat(JSON.readTree(get("/api/complaints/" + number, "demo-complaints").body()).get("status").asText())
                .isEqualTo("RECEIVED");
        assertThat(post("/api/complaints/" + number + "/decision", "demo-complaints",
                "{\"decision\": \"DISMISS\", \"reasons\": \"Too early\"}").statusCode()).isEqualTo(409);

        assertProblem(post("/api/complaints/" + number + "/admission", "demo-complaints",
                "{\"admission\": \"ADMIT\"}"), 400, "admissionReasons");
        assertProblem(post("/api/complaints/" + number + "/admission", "demo-complaints",
                "{\"admission\": \"MAYBE\", \"admissionReasons\": \"x\"}"), 400, "admission");
        HttpResponse<String> admitted = post("/api/complaints/" + number + "/admission", "demo-complaints",
                "{\"admission\": \"ADMIT\", \"admissionReasons\": \"The protocol was posted late at the station.\"}");

        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        assertThat(JSON.readTree(admitted.body()).get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(post("/api/complaints/" + number + "/admission", "demo-complaints",
                "{\"admission\": \"ADMIT\", \"admissionReasons\": \"Again\"}").statusCode()).isEqualTo(409);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusesABadComplaintNamingTheField(String name, JsonNode testCase) throws Exception {
        long before = complaintRows();
        String body = testCase.has("raw") ? testCase.get("raw").asText() : mutated(testCase);

        HttpResponse<String> response = post("/api/complaints", "demo-complaints", body);

        int status = testCase.has("status") ? testCase.get("status").asInt() : 400;
        JsonNode expect = testCase.get("expect");
        assertProblem(response, status, expect == null || expect.isNull() ? null : expect.asText());
        assertThat(complaintRows()).as("complaints stored").isEqualTo(before);
    }

    Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bad-input/complaints.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    JsonNode testCase = JSON.readTree(line);
                    cases.add(Arguments.of(testCase.get("case").asText(), testCase));
                }
            }
        }
        return cases.stream();
    }

    private String valid() {
        return """
                {"electionNumber": "%s", "complainantRole": "OBSERVER", "complainantName": "Dana Observer",
                 "complainantEmail": "dana@example.kz", "complainantLanguage": "ru", "subject": "PRECINCT_PROTOCOL",
                 "subjectReference": "1", "actDate": "2026-08-09",
                 "text": "The commission refused to show the protocol.\\nI ask for a recount."}""".formatted(election);
    }

    private String mutated(JsonNode testCase) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(valid());
        testCase.path("remove").forEach(field -> body.remove(field.asText()));
        testCase.path("set").fields().forEachRemaining(entry -> body.set(entry.getKey(), entry.getValue()));
        return JSON.writeValueAsString(body);
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at kz.election", "at org.");
        if (field != null) {
            List<String> fields = new ArrayList<>();
            JSON.readTree(response.body()).path("errors").forEach(error -> fields.add(error.get("field").asText()));
            assertThat(fields).as(response.body()).contains(field);
        }
    }

    private HttpResponse<String> upload(String number, String fileName, String contentType, byte[] content)
            throws Exception {
        String boundary = "complaint-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/complaints/" + number + "/attachments"))
                .header("Authorization", basic("demo-complaints"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ElectionTest.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private long complaintRows() {
        return jdbc.sql("SELECT count(*) FROM election.complaint").query(Long.class).single();
    }
}
