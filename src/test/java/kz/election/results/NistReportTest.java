package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import kz.election.ElectionTest;
import kz.election.ballot.BallotService;
import kz.election.commission.Commission;
import kz.election.commission.DemoRegister;
import kz.election.commission.Registers;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.notification.MailLanguage;
import kz.election.precinct.ProtocolService;
import kz.election.protocol.ProtocolFigures;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /results/{number}/nist-1500-100.json} over HTTP, each answer validated against NIST's published
 * JSON schema of the Election Results Common Data Format V2 (draft-04), before any count, while counting,
 * once published and after a revision, with the figures of the real services.
 *
 * <p>The schema in {@code src/test/resources/nist/} is an exact copy of
 * {@code NIST_V2_election_results_reporting.json} of the public repository usnistgov/ElectionResultsReporting
 * at commit 04fe7b7a6598e1318854e53d5f3275707d23d36d (51,343 characters).
 */
@ElectionTest
class NistReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema NIST = nistSchema();
    /** The territory of ResultsFixtures' elections, as the report names it. */
    private static final String DEMO_SCOPE = "gpu-kato-" + DemoRegister.RURAL_DISTRICT;

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    ProtocolService protocols;
    @Autowired
    ElectionResults results;
    @Autowired
    ElectionCalls calls;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintReview review;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ResultsReadModel readModel;
    @Autowired
    Registers registers;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private ResultsFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ResultsFixtures(elections, ballots, protocols);
    }

    @Test
    void theSchemaIsNistsOwnFile() throws Exception {
        try (InputStream in = NistReportTest.class.getResourceAsStream("/nist/NIST_V2_election_results_reporting.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).hasSize(51_343);
            assertThat(JSON.readTree(text).at("/definitions/ElectionResults.ResultsStatus/enum").toString())
                    .isEqualTo("[\"certified\",\"correction\",\"pre-election\",\"recount\",\"unofficial-complete\","
                            + "\"unofficial-partial\"]");
        }
    }

    @Test
    void thePreliminaryCountIsAValidReportPrecinctByPrecinct() throws Exception {
        String number = fixtures.announce("Open data district", 2);

        JsonNode before = valid(get(number, "ru"));
        assertThat(before.get("Status").asText()).isEqualTo("pre-election");
        assertThat(before.get("Format").asText()).isEqualTo("precinct-level");

        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        HttpResponse<String> answer = http.send(request("/results/" + number + "/nist-1500-100.json?lang=kk"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("kk");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("max-age=10, public");
        JsonNode partial = valid(JSON.readTree(answer.body()));
        assertThat(partial.get("Status").asText()).isEqualTo("unofficial-partial");

        ProtocolFigures one = ResultsFixtures.figures(1);
        String precinct1 = DEMO_SCOPE + "-precinct-1";
        JsonNode contest = partial.at("/Election/0/Contest/0");
        assertThat(contest.get("@type").asText()).isEqualTo("ElectionResults.CandidateContest");
        assertThat(contest.get("VotesAllowed").asInt()).isEqualTo(1);
        assertThat(contest.get("SubUnitsReported").asInt()).isEqualTo(1);
        assertThat(contest.get("TotalSubUnits").asInt()).isEqualTo(2);
        assertThat(count(selection(contest, "selection-" + ResultsFixtures.FIRST), precinct1))
                .isEqualTo(one.candidateVotes().get(ResultsFixtures.FIRST));
        JsonNode againstAll = selection(contest, "selection-against-all");
        assertThat(againstAll.get("@type").asText()).isEqualTo("ElectionResults.BallotMeasureSelection");
        assertThat(againstAll.at("/Selection/Text").findValuesAsText("Content"))
                .containsExactly("Барлығына қарсы", "Против всех", "Against all");
        assertThat(count(againstAll, precinct1)).isEqualTo(one.againstAll());
        assertThat(count(againstAll, DEMO_SCOPE + "-precinct-2")).as("precinct 2 has not counted").isNull();
        JsonNode summary = byUnit(contest.get("SummaryCounts"), precinct1);
        assertThat(summary.get("BallotsCast").asLong()).isEqualTo(one.ballotsFound());
        assertThat(summary.get("BallotsRejected").asLong()).isEqualTo(one.invalidBallots());
        assertThat(byId(partial.get("GpUnit"), precinct1).get("VotersRegistered").asLong())
                .isEqualTo(one.votersOnList());
        assertThat(partial.at("/Election/0/Candidate").findValuesAsText("PreElectionStatus"))
                .containsOnly("qualified");

        fixtures.count(number, 2);
        assertThat(valid(get(number, "en")).get("Status").asText()).isEqualTo("unofficial-complete");
    }

    @Test
    void aPublishedResultIsCertifiedWithItsWinner() throws Exception {
        String number = fixtures.announce("Certified district", 3);
        fixtures.fixBallot(number);
        for (int n = 1; n <= 3; n++) {
            fixtures.count(number, n);
        }
        results.tabulate(number, "count of every precinct");
        results.establish(number, 1, false, null, "tec-chair", null);

        assertThat(valid(get(number, "en")).get("Status").asText())
                .as("established but not published is not public").isEqualTo("unofficial-complete");

        results.publish(number, 1, "tec-secretary", null);
        JsonNode report = valid(get(number, "en"));
        JsonNode view = JSON.readTree(http.send(request("/results/" + number + ".json"),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(report.get("Status").asText()).isEqualTo("certified");
        Commission organizer = registers.commission(elections.byNumber(number).organizerCode()).orElseThrow();
        assertThat(report.get("Issuer").asText()).as("the organizing commission, Russian for English")
                .isEqualTo(organizer.nameRu());
        assertThat(report.get("IssuerAbbreviation").asText()).isEqualTo(organizer.code());
        String winner = view.at("/result/winnerRegistrationNumber").asText();
        assertThat(byId(report.at("/Election/0/Candidate"), winner).get("PostElectionStatus").asText())
                .isEqualTo("winner");
        assertThat(report.at("/Election/0/ElectionScopeId").asText()).isEqualTo(DEMO_SCOPE);
        assertThat(count(selection(report.at("/Election/0/Contest/0"), "selection-" + winner), DEMO_SCOPE))
                .isEqualTo(votes(view, winner));
    }

    @Test
    void aRevisedResultInTheRegistersTerritoriesIsAValidReport() throws Exception {
        TestRegister register = new TestRegister(jdbc);
        String oblast = register.oblast("Ашықдерек");
        String district = register.district(oblast, "Нист");
        String rural = register.ruralDistrict(district, "Атом");
        PublishedStory story = PublishedStory.run(fixtures, calls, results, complaints, review, runtimeService);
        register.place(story.number, rural);

        JsonNode report = valid(get(story.number, "ru"));
        JsonNode view = JSON.readTree(http.send(request("/results/" + story.number + ".json"),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(report.get("Status").asText()).isEqualTo("certified");
        String scope = "gpu-kato-" + rural;
        assertThat(report.at("/Election/0/ElectionScopeId").asText()).isEqualTo(scope);
        JsonNode oblastUnit = byId(report.get("GpUnit"), "gpu-kato-" + oblast);
        assertThat(oblastUnit.get("Type").asText()).isEqualTo("other");
        assertThat(oblastUnit.get("OtherType").asText()).isEqualTo("oblast");
        assertThat(oblastUnit.get("Name").asText()).isEqualTo("Ашықдерек область");
        assertThat(oblastUnit.at("/ExternalIdentifier/0/OtherType").asText()).isEqualTo("kato");
        assertThat(oblastUnit.at("/ExternalIdentifier/0/Value").asText()).isEqualTo(oblast);
        assertThat(oblastUnit.at("/ComposingGpUnitIds/0").asText()).isEqualTo("gpu-kato-" + district);
        assertThat(byId(report.get("GpUnit"), "gpu-kato-" + district).at("/ComposingGpUnitIds/0").asText())
                .isEqualTo(scope);
        JsonNode territory = byId(report.get("GpUnit"), scope);
        assertThat(territory.get("OtherType").asText()).isEqualTo("rural-district");
        assertThat(territory.get("ComposingGpUnitIds")).hasSize(3);
        assertThat(report.at("/Election/0/Type").asText()).isEqualTo("general");

        // version 2: precinct 2 annulled on the complaint, Aigerim Sadykova (C-1) ahead
        JsonNode contest = report.at("/Election/0/Contest/0");
        assertThat(view.at("/result/version").asInt()).isEqualTo(2);
        assertThat(byId(report.at("/Election/0/Candidate"), ResultsFixtures.FIRST).get("PostElectionStatus").asText())
                .isEqualTo("winner");
        assertThat(byId(report.at("/Election/0/Candidate"), ResultsFixtures.SECOND).has("PostElectionStatus"))
                .isFalse();
        JsonNode first = selection(contest, "selection-" + ResultsFixtures.FIRST);
        assertThat(count(first, scope + "-precinct-2")).as("an annulled precinct carries no counts").isNull();
        assertThat(count(first, scope)).isEqualTo(votes(view, ResultsFixtures.FIRST));
        assertThat(count(selection(contest, "selection-against-all"), scope))
                .isEqualTo(view.at("/totals/againstAll").asLong());
        assertThat(byUnit(contest.get("SummaryCounts"), scope).get("BallotsRejected").asLong())
                .isEqualTo(view.at("/totals/invalidBallots").asLong());
    }

    @Test
    void anEarlyElectionIsSpecialAndAStruckOffCandidateWithdrawn() {
        String number = fixtures.announce("Special district", 1);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        ResultsView view = readModel.election(number, MailLanguage.RU);
        List<CandidateLine> struck = new ArrayList<>(view.candidates());
        CandidateLine second = struck.get(1);
        struck.set(1, new CandidateLine(second.position(), second.registrationNumber(), second.name(),
                second.nominatedBy(), true));
        ResultsView withStruckOff = new ResultsView(view.electionNumber(), view.territoryCode(), view.territory(),
                view.district(), view.oblast(), view.level(), view.post(), ElectionReason.EARLY, view.electionDay(),
                view.status(), view.resultStatus(), view.preliminary(), view.outcome(), view.result(),
                view.ballotFixed(), view.readAt(), view.calendar(), struck, view.progress(), view.totals(),
                view.revisionPending(), view.precincts(), view.revisions(), view.complaints());

        ObjectNode report = NistReport.of(withStruckOff, ElectionReason.EARLY, List.of(), null, new ResultsTexts(),
                MailLanguage.RU);

        valid(report);
        assertThat(report.at("/Election/0/Type").asText()).isEqualTo("special");
        assertThat(byId(report.at("/Election/0/Candidate"), second.registrationNumber()).get("PreElectionStatus")
                .asText()).isEqualTo("withdrawn");
        assertThat(report.get("Issuer").asText()).isEqualTo("Выборы акимов: результаты");
    }

    @Test
    void theSchemaCatchesAWrongDocument() throws Exception {
        String number = fixtures.announce("Wrong district", 1);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        ObjectNode report = (ObjectNode) valid(get(number, "en"));

        ObjectNode wrongStatus = report.deepCopy();
        wrongStatus.put("Status", "final");
        assertThat(NIST.validate(wrongStatus)).extracting(Error::toString)
                .anySatisfy(message -> assertThat(message).contains("Status"));

        ObjectNode noCandidate = report.deepCopy();
        ((ObjectNode) noCandidate.at("/Election/0/Contest/0/BallotSelection/0")).remove("CandidateIds");
        assertThat(NIST.validate(noCandidate)).as("a candidate selection names a candidate").isNotEmpty();

        ObjectNode noIssuer = report.deepCopy();
        noIssuer.remove("Issuer");
        assertThat(NIST.validate(noIssuer)).extracting(Error::toString)
                .anySatisfy(message -> assertThat(message).contains("Issuer"));
    }

    @Test
    void anUnknownElectionIsA404Problem() throws Exception {
        HttpResponse<String> answer = http.send(request("/results/2026-RUR-9999/nist-1500-100.json"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(answer.body()).get("detail").asText()).isEqualTo("Election 2026-RUR-9999 does not exist");
    }

    private static JsonNode valid(JsonNode report) {
        List<Error> errors = NIST.validate(report);
        assertThat(errors).as("NIST SP 1500-100 schema errors").isEmpty();
        return report;
    }

    private JsonNode get(String number, String lang) throws Exception {
        HttpResponse<String> answer = http.send(request("/results/" + number + "/nist-1500-100.json?lang=" + lang),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    /** A candidate's total in the results' own JSON. */
    private static long votes(JsonNode view, String registrationNumber) {
        return StreamSupport.stream(view.at("/totals/candidates").spliterator(), false)
                .filter(c -> registrationNumber.equals(c.get("registrationNumber").asText()))
                .findFirst().orElseThrow().get("votes").asLong();
    }

    private static JsonNode selection(JsonNode contest, String id) {
        return byId(contest.get("BallotSelection"), id);
    }

    /** The count of a selection in one unit, null when it has none there. */
    private static Long count(JsonNode selection, String unit) {
        JsonNode count = byUnit(selection.get("VoteCounts"), unit);
        return count == null ? null : count.get("Count").asLong();
    }

    private static JsonNode byId(JsonNode array, String id) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> id.equals(n.path("@id").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + array));
    }

    private static JsonNode byUnit(JsonNode array, String unit) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> unit.equals(n.path("GpUnitId").asText()))
                .findFirst().orElse(null);
    }

    private static Schema nistSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(NistReportTest.class.getResourceAsStream("/nist/NIST_V2_election_results_reporting.json"));
    }
}
