package kz.election.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import kz.election.ElectionTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bad-input corpus of src/test/resources/bad-input: every case is answered with a 4xx
 * problem+json that names the field at fault, never a 500, and leaves the database as it was.
 */
@ElectionTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID_ANNOUNCEMENT = """
            {"territory": "116633100", "level": "RURAL", "post": "Қосшы ауылының әкімі",
             "reason": "REGULAR", "callDate": "2026-08-01", "electionDay": "2026-09-13", "termEnd": "2026-10-01",
             "precinctsCsv": "number;address;voters\\n1;№1 мектеп;812\\n2;Мәдениет үйі;430\\n"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private long rowsBefore;

    @BeforeAll
    void countRows() {
        rowsBefore = rows();
    }

    @AfterAll
    void nothingWasStored() {
        assertThat(rows()).as("rows of elections, precincts and deadlines").isEqualTo(rowsBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("announcements")
    void refusesABadAnnouncementNamingTheField(String name, JsonNode testCase) throws Exception {
        String body = testCase.has("raw") ? testCase.get("raw").asText() : mutated(testCase);
        String contentType = testCase.has("contentType") ? testCase.get("contentType").asText() : "application/json";

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/elections"))
                .header("Content-Type", contentType)
                .header("Authorization", basic("demo-tec"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertProblem(testCase, response);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void refusesABadPathOrParameter(String name, JsonNode testCase) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(testCase.get("path").asText()))
                .header("Authorization", basic(testCase.get("user").asText()))
                .GET());

        assertProblem(testCase, response);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webServerRefusals")
    void letsTheWebServerRefuseAPathItCannotMap(String name, JsonNode testCase) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(testCase.get("path").asText()))
                .header("Authorization", basic(testCase.get("user").asText()))
                .GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("at kz.election", "at org.");
    }

    private void assertProblem(JsonNode testCase, HttpResponse<String> response) throws IOException {
        int expectedStatus = testCase.has("status") ? testCase.get("status").asInt() : 400;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(response.body()).doesNotContain("Exception", "at kz.election", "at org.");
        JsonNode expectedField = testCase.get("expect");
        if (expectedField != null && !expectedField.isNull()) {
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
            assertThat(fields).as(response.body()).contains(expectedField.asText());
        }
    }

    static Stream<Arguments> announcements() throws IOException {
        return corpus("bad-input/announcements.jsonl");
    }

    static Stream<Arguments> paths() throws IOException {
        return corpus("bad-input/paths.jsonl");
    }

    static Stream<Arguments> webServerRefusals() throws IOException {
        return corpus("bad-input/web-server.jsonl");
    }

    private static Stream<Arguments> corpus(String resource) throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = BadInputCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    JsonNode testCase = JSON.readTree(line);
                    cases.add(Arguments.of(testCase.get("case").asText(), testCase));
                }
            }
        }
        return cases.stream();
    }

    private static String mutated(JsonNode testCase) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(VALID_ANNOUNCEMENT);
        testCase.path("remove").forEach(field -> body.remove(field.asText()));
        testCase.path("set").fields().forEachRemaining(entry -> body.set(entry.getKey(), entry.getValue()));
        return JSON.writeValueAsString(body);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + ElectionTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private long rows() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM election.election) + (SELECT count(*) FROM election.precinct)
                     + (SELECT count(*) FROM election.calendar_deadline)""").query(Long.class).single();
    }
}
