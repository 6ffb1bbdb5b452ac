package kz.election.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import kz.election.ElectionTest;
import kz.election.ballot.BallotService;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.election.ElectionService;
import kz.election.election.ResultVersion;
import kz.election.precinct.ProtocolService;
import kz.election.results.PublishedStory;
import kz.election.results.ResultsFixtures;
import kz.election.tally.CandidateResult;
import kz.election.tally.Tabulation;
import kz.election.tally.Tally;
import kz.election.tally.OutcomeRules;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The results page's browser story: on election night a visitor without login opens /results/{number} and sees
 * the tabulated numbers in the chart, the totals and the precinct rows, marked preliminary; the JSON
 * and the CSV hold the same numbers. Then the visitor switches to Russian.
 */
@ElectionTest
class ResultsPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NumberFormat ENGLISH = NumberFormat.getIntegerInstance(Locale.UK);

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

    @Test
    void theResultsPageShowsTheTabulatedNumbersAndTheDataMatchIt() throws Exception {
        ResultsFixtures fixtures = new ResultsFixtures(elections, ballots, protocols);
        String number = fixtures.announce("Browser district", 5);
        fixtures.fixBallot(number);
        IntStream.rangeClosed(1, 4).forEach(n -> fixtures.count(number, n));
        fixtures.submitOnly(number, 5);
        Tabulation tabulation = Tally.tabulate(ballots.forTally(number), protocols.acceptedProtocols(number), Set.of(),
                5, OutcomeRules.defaults());

        try (Browser browser = new Browser(port)) {
            browser.open("/results/" + number);
            browser.waitFor(By.id("chart"));
            browser.screenshot("results-page");

            assertThat(browser.waitFor(By.id("preliminary")).getText())
                    .startsWith("PRELIMINARY: 4 of 5 precincts counted");
            assertThat(text(browser, "#precincts-counted")).isEqualTo("4 of 5");
            assertThat(text(browser, "#turnout")).isEqualTo(tabulation.turnoutPercent() + "%");

            // the chart: one bar per candidate, then against all and invalid, in proportion to the votes
            List<WebElement> bars = browser.driver().findElements(By.cssSelector("#chart rect"));
            List<Long> expectedVotes = List.of(tabulation.candidates().get(0).votes(),
                    tabulation.candidates().get(1).votes(), tabulation.againstAllVotes(),
                    tabulation.totals().invalidBallots());
            assertThat(bars).extracting(bar -> Long.valueOf(bar.getDomAttribute("data-votes")))
                    .containsExactlyElementsOf(expectedVotes);
            long most = expectedVotes.stream().mapToLong(Long::longValue).max().orElseThrow();
            for (int i = 0; i < bars.size(); i++) {
                double width = Double.parseDouble(bars.get(i).getDomAttribute("width"));
                assertThat(width).as("bar %d", i).isCloseTo(640.0 * expectedVotes.get(i) / most,
                        org.assertj.core.data.Offset.offset(1.0));
            }
            String chartText = browser.driver().findElement(By.id("chart")).getText();
            assertThat(chartText).contains("Aigerim Sadykova", "Nurlan Bekov", "Against all", "Invalid ballots",
                    ENGLISH.format(tabulation.candidates().get(0).votes()) + " ("
                            + tabulation.candidates().get(0).sharePercent() + "%)");

            // the totals table
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#totals tr.candidate"));
            assertThat(rows).hasSize(2);
            for (int i = 0; i < 2; i++) {
                CandidateResult candidate = tabulation.candidates().get(i);
                assertThat(rows.get(i).findElement(By.cssSelector("th")).getText()).isEqualTo(candidate.candidate().name());
                assertThat(rows.get(i).findElement(By.cssSelector(".votes")).getText())
                        .isEqualTo(ENGLISH.format(candidate.votes()));
                assertThat(rows.get(i).findElement(By.cssSelector(".share")).getText())
                        .isEqualTo(candidate.sharePercent() + "%");
            }
            assertThat(text(browser, "#against-all .votes")).isEqualTo(ENGLISH.format(tabulation.againstAllVotes()));
            assertThat(text(browser, "#invalid .votes")).isEqualTo(ENGLISH.format(tabulation.totals().invalidBallots()));
            assertThat(text(browser, "#ballots-found .votes"))
                    .isEqualTo(ENGLISH.format(tabulation.totals().ballotsFound()))
                    .contains(","); // over a thousand: grouped as English writes it

            // the precinct rows: four counted with their protocol's figures, one awaiting acceptance
            List<WebElement> precincts = browser.driver().findElements(By.cssSelector("#precincts tbody tr"));
            assertThat(precincts).extracting(row -> row.findElement(By.cssSelector(".status")).getText())
                    .containsExactly("counted", "counted", "counted", "counted", "awaiting");
            for (int n = 1; n <= 4; n++) {
                WebElement row = precincts.get(n - 1);
                var figures = ResultsFixtures.figures(n);
                assertThat(row.findElement(By.cssSelector(".found")).getText())
                        .isEqualTo(ENGLISH.format(figures.ballotsFound()));
                assertThat(row.findElements(By.cssSelector(".votes"))).extracting(WebElement::getText)
                        .containsExactly(ENGLISH.format(figures.candidateVotes().get(ResultsFixtures.FIRST)),
                                ENGLISH.format(figures.candidateVotes().get(ResultsFixtures.SECOND)));
            }
            assertThat(precincts.get(4).findElement(By.cssSelector(".found")).getText()).isEmpty();

            // the JSON and the CSV the page links to hold the same numbers
            JsonNode json = JSON.readTree(get(browser.driver().findElement(By.id("json-link")).getDomAttribute("href")));
            assertThat(json.at("/totals/ballotsFound").asLong()).isEqualTo(tabulation.totals().ballotsFound());
            assertThat(json.at("/totals/againstAll").asLong()).isEqualTo(tabulation.againstAllVotes());
            assertThat(json.at("/totals/invalidBallots").asLong()).isEqualTo(tabulation.totals().invalidBallots());
            assertThat(json.at("/progress/turnoutPercent").decimalValue()).isEqualByComparingTo(tabulation.turnoutPercent());
            for (int i = 0; i < 2; i++) {
                assertThat(json.at("/totals/candidates/" + i + "/votes").asLong())
                        .isEqualTo(tabulation.candidates().get(i).votes());
                assertThat(new BigDecimal(json.at("/totals/candidates/" + i + "/sharePercent").asText()))
                        .isEqualByComparingTo(tabulation.candidates().get(i).sharePercent());
            }
            String csvText = get(browser.driver().findElement(By.id("csv-link")).getDomAttribute("href"));
            List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csvText.substring(1))).getRecords();
            assertThat(csv).hasSize(5 + 1);
            for (int n = 1; n <= 5; n++) {
                CSVRecord row = csv.get(n - 1);
                String shown = precincts.get(n - 1).findElement(By.cssSelector(".found")).getText().replace(",", "");
                assertThat(row.get("ballots_found")).as("precinct %d", n).isEqualTo(shown);
                assertThat(row.get("status")).isEqualTo(n <= 4 ? "counted" : "awaiting");
            }
            CSVRecord total = csv.get(5);
            assertThat(total.get("row")).isEqualTo("total preliminary");
            assertThat(total.get("ballots_found")).isEqualTo(Long.toString(tabulation.totals().ballotsFound()));
            assertThat(total.get("votes C-1 Aigerim Sadykova"))
                    .isEqualTo(Long.toString(tabulation.candidates().get(0).votes()));
            assertThat(total.get("votes C-2 Nurlan Bekov"))
                    .isEqualTo(Long.toString(tabulation.candidates().get(1).votes()));

            // the visitor switches to Russian: the same numbers, written the Russian way
            browser.driver().findElement(By.id("lang-ru")).click();
            browser.waitForText("ПРЕДВАРИТЕЛЬНЫЕ ДАННЫЕ");
            assertThat(text(browser, "#turnout").replace('\u00A0', ' '))
                    .isEqualTo(tabulation.turnoutPercent().toPlainString().replace('.', ',') + " %");
            assertThat(text(browser, "#ballots-found .votes").replace('\u00A0', ' '))
                    .isEqualTo(NumberFormat.getIntegerInstance(Locale.forLanguageTag("ru")).format(
                            tabulation.totals().ballotsFound()).replace('\u00A0', ' '));
            browser.screenshot("results-page-ru");
        }
    }

    /**
     * After the count: the result is published, a complaint annulled precinct 2 and the
     * result was revised. The visitor sees PUBLISHED with the date, the winner, both versions with the
     * complaint behind the second, precinct 2 excluded with that complaint's number, and the complaints
     * with their decisions; the JSON and the CSV say the same.
     */
    @Test
    void aPublishedAndRevisedResultShowsItsStatusRevisionsAndComplaints() throws Exception {
        PublishedStory story = PublishedStory.run(new ResultsFixtures(elections, ballots, protocols), calls, results,
                complaints, review, runtimeService);
        ResultVersion current = results.current(story.number).orElseThrow();

        try (Browser browser = new Browser(port)) {
            browser.open("/results/" + story.number + "?lang=en");
            browser.waitFor(By.id("result"));
            browser.screenshot("results-page-published");

            assertThat(text(browser, "#result-status")).startsWith("PUBLISHED")
                    .contains("(result version 2)");
            assertThat(browser.driver().findElements(By.id("preliminary"))).isEmpty();
            assertThat(text(browser, "#outcome")).isEqualTo("Elected: Aigerim Sadykova (" + ResultsFixtures.FIRST + ")");

            List<WebElement> revisions = browser.driver().findElements(By.cssSelector("#revisions tbody tr"));
            assertThat(revisions).extracting(r -> r.findElement(By.cssSelector(".winner")).getText())
                    .containsExactly("Nurlan Bekov", "Aigerim Sadykova");
            assertThat(revisions).extracting(r -> r.findElement(By.cssSelector(".cause")).getText())
                    .containsExactly("count of every precinct", "revised after complaint " + story.annulment);

            List<WebElement> precincts = browser.driver().findElements(By.cssSelector("#precincts tbody tr"));
            assertThat(precincts).extracting(row -> row.findElement(By.cssSelector(".status")).getText())
                    .containsExactly("counted", "excluded (results annulled on complaint " + story.annulment + ")",
                            "counted");

            List<WebElement> complaintRows = browser.driver().findElements(By.cssSelector("#complaints tr.complaint"));
            assertThat(complaintRows).extracting(r -> r.findElement(By.cssSelector(".number")).getText())
                    .containsExactly(story.annulment, story.dismissed);
            WebElement upheld = complaintRows.get(0);
            assertThat(upheld.findElement(By.cssSelector(".subject")).getText()).isEqualTo("precinct protocol: 2");
            assertThat(upheld.findElement(By.cssSelector(".status")).getText()).isEqualTo("decided");
            assertThat(upheld.findElement(By.cssSelector(".decision")).getText()).startsWith("upheld");
            assertThat(upheld.findElement(By.cssSelector(".remedy")).getText()).isEqualTo("results of precinct 2 annulled");
            assertThat(complaintRows.get(1).findElement(By.cssSelector(".decision")).getText()).startsWith("dismissed");
            assertThat(complaintRows.get(1).findElement(By.cssSelector(".subject")).getText())
                    .isEqualTo("violation on election day");

            List<String> shownVotes = browser.driver().findElements(By.cssSelector("#totals tr.candidate .votes"))
                    .stream().map(e -> e.getText().replace(",", "")).toList();

            // the JSON says the same
            JsonNode json = JSON.readTree(get("/results/" + story.number + ".json"));
            assertThat(json.at("/resultStatus").asText()).isEqualTo("PUBLISHED");
            assertThat(json.at("/outcome").asText()).isEqualTo("ELECTED");
            assertThat(json.at("/result/version").asInt()).isEqualTo(current.version());
            assertThat(json.at("/result/winnerName").asText()).isEqualTo(current.winnerName());
            assertThat(json.at("/revisions/1/complaintNumber").asText()).isEqualTo(story.annulment);
            assertThat(json.at("/precincts/1/status").asText()).isEqualTo("EXCLUDED");
            assertThat(json.at("/precincts/1/excludedByComplaint").asText()).isEqualTo(story.annulment);
            assertThat(json.at("/complaints/0/complaintNumber").asText()).isEqualTo(story.annulment);
            assertThat(json.at("/complaints/0/remedy").asText()).isEqualTo("ANNUL_PRECINCT");
            assertThat(json.at("/complaints/1/decision").asText()).isEqualTo("DISMISSED");
            assertThat(List.of(json.at("/totals/candidates/0/votes").asText(), json.at("/totals/candidates/1/votes").asText()))
                    .isEqualTo(shownVotes);

            // and so does the CSV: the precinct table, then the result versions, then the complaints
            String[] sections = get("/results/" + story.number + ".csv").substring(1).split("\r\n\r\n");
            assertThat(sections).hasSize(3);
            List<CSVRecord> table = sectionRecords(sections[0]);
            assertThat(table.get(1).get("status")).isEqualTo("excluded");
            assertThat(table.get(1).get("excluded_by_complaint")).isEqualTo(story.annulment);
            assertThat(table.get(3).get("row")).isEqualTo("total published v2");
            assertThat(List.of(table.get(3).get("votes C-1 Aigerim Sadykova"), table.get(3).get("votes C-2 Nurlan Bekov")))
                    .isEqualTo(shownVotes);
            assertThat(sectionRecords(sections[1])).extracting(r -> r.get("version"), r -> r.get("complaint_number"))
                    .containsExactly(tuple("1", ""), tuple("2", story.annulment));
            assertThat(sectionRecords(sections[2])).extracting(r -> r.get("complaint_number"), r -> r.get("decision"))
                    .containsExactly(tuple(story.annulment, "UPHELD"), tuple(story.dismissed, "DISMISSED"));
        }
    }

    private static List<CSVRecord> sectionRecords(String section) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(section)).getRecords();
    }

    private static String text(Browser browser, String css) {
        return browser.waitFor(By.cssSelector(css)).getText();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
