package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.election.ElectionTest;
import kz.election.ballot.BallotService;
import kz.election.election.ElectionService;
import kz.election.precinct.ProtocolService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /results over HTTP without login: pages, JSON and CSV, 404s, languages, and read-only. */
@ElectionTest
class ResultsControllerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    ProtocolService protocols;

    private final HttpClient http = HttpClient.newHttpClient();
    private String number;

    @BeforeEach
    void oneCountedPrecinctOfTwo() {
        ResultsFixtures fixtures = new ResultsFixtures(elections, ballots, protocols);
        number = fixtures.announce("Controller district", 2);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
    }

    @Test
    void listsEveryElectionWithoutLogin() throws Exception {
        HttpResponse<String> list = get("/results", null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(list.body()).contains("href=\"/results/" + number + "?lang=en\"", "13 September 2026");
    }

    @Test
    void showsAnElectionAsAPageJsonAndCsvWithTheSameNumbers() throws Exception {
        HttpResponse<String> page = get("/results/" + number + "?lang=en", null);
        HttpResponse<String> json = get("/results/" + number + ".json", null);
        HttpResponse<byte[]> csv = http.send(request("/results/" + number + ".csv", null).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + number + ".csv\"");

        JsonNode view = JSON.readTree(json.body());
        JsonNode totals = view.get("totals");
        assertThat(view.get("preliminary").asBoolean()).isTrue();
        assertThat(view.at("/progress/precinctsCounted").asInt()).isEqualTo(1);
        assertThat(totals.get("ballotsFound").asLong()).isEqualTo(ResultsFixtures.figures(1).ballotsFound());

        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith(ResultsCsv.BOM);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        CSVRecord total = rows.get(rows.size() - 1);
        assertThat(total.get("ballots_found")).isEqualTo(totals.get("ballotsFound").asText());
        assertThat(total.get("against_all")).isEqualTo(totals.get("againstAll").asText());
        assertThat(total.get("turnout_percent")).isEqualTo(view.at("/progress/turnoutPercent").decimalValue().toPlainString());
        assertThat(total.get("votes C-1 Aigerim Sadykova")).isEqualTo(totals.at("/candidates/0/votes").asText());
        assertThat(rows.get(0).get("ballots_found")).isEqualTo(view.at("/precincts/0/ballotsFound").asText());

        // 327 ballots found at precinct 1 of 410 voters: the same figures on the page, formatted for English
        assertThat(page.body()).contains("PRELIMINARY: 1 of 2 precincts counted", ">327<", ">79.76%<",
                ">" + totals.at("/candidates/0/votes").asText() + "<");
    }

    @ParameterizedTest(name = "lang={0}, Accept-Language={1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            en   | null            | en | Votes           | 13 September 2026     | 79.76%
            ru   | null            | ru | Голоса          | 13 сентября 2026 г.   | 79,76 %
            kk   | null            | kk | Дауыстар        | 2026 ж. 13 қыркүйек   | 79,76%
            null | ru-RU,ru;q=0.9  | ru | Голоса          | 13 сентября 2026 г.   | 79,76 %
            null | kk-KZ           | kk | Дауыстар        | 2026 ж. 13 қыркүйек   | 79,76%
            xx   | ru              | en | Votes           | 13 September 2026     | 79.76%
            null | de-DE           | en | Votes           | 13 September 2026     | 79.76%
            """)
    void speaksTheChosenLanguageWithItsNumbersAndDates(String lang, String acceptLanguage, String code, String heading,
                                                       String electionDay, String turnout) throws Exception {
        HttpResponse<String> page = get("/results/" + number + (lang == null ? "" : "?lang=" + lang), acceptLanguage);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Language")).hasValue(code);
        String body = page.body().replace('\u00A0', ' ').replace('\u202F', ' ');
        assertThat(body).contains("<html lang=\"" + code + "\"", ">" + heading + "<", electionDay, ">" + turnout + "<");
        // the calendar shows each step's source and how sure it is: the voter lists' dates are unconfirmed for akims
        assertThat(body).contains("data-key=\"voterListsDelivered\"", "voter lists; not confirmed for akim elections",
                switch (code) { case "ru" -> "(<span>не подтверждено</span>)"; case "kk" -> "(<span>расталмаған</span>)";
                    default -> "(<span>unconfirmed</span>)"; });
        // the switch offers every language, the current one marked
        assertThat(body).contains("id=\"lang-kk\"", "id=\"lang-ru\"", "id=\"lang-en\"", "aria-current=\"true\"");
    }

    @Test
    void anUnknownElectionIsA404PageOrProblem() throws Exception {
        HttpResponse<String> page = get("/results/2026-RUR-9999?lang=ru", null);
        HttpResponse<String> json = get("/results/2026-RUR-9999.json", null);
        HttpResponse<String> csv = get("/results/2026-RUR-9999.csv", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).contains("Выборов с номером 2026-RUR-9999 нет.");
        for (HttpResponse<String> data : List.of(json, csv)) {
            assertThat(data.statusCode()).isEqualTo(404);
            assertThat(data.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(data.body()).get("detail").asText()).isEqualTo("Election 2026-RUR-9999 does not exist");
        }
    }

    @Test
    void markupInAnElectionNumberIsShownAsText() throws Exception {
        HttpResponse<String> page = get("/results/%3Cb%3Ex%3C%2Fi?lang=en", null);

        assertThat(page.statusCode()).isIn(400, 404);
        assertThat(page.body()).doesNotContain("<b>x");
    }

    @Test
    void thePublicPagesAreReadOnly() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> answer = http.send(request("/results/" + number, null)
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(method).isEqualTo(403);
        }
        assertThat(get("/api/elections/" + number, null).statusCode()).as("the API still needs a login").isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        return http.send(request(path, acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
