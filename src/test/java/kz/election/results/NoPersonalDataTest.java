package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.ballot.BallotService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRepository;
import kz.election.candidate.NominationRequest;
import kz.election.commission.DemoRegister;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionProgress;
import kz.election.conduct.ElectionResults;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.model.CandidateRegistrationModel;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolSubmission;
import kz.election.protocol.ProtocolFigures;
import kz.election.ruleset.Level;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A candidate's IIN, birth date, address and email never appear on the public pages
 * or in the exports. A candidate with known personal data is nominated and registered through the
 * registration process, then every public answer is searched for it, before and after the count.
 */
@ElectionTest
class NoPersonalDataTest {

    static final GreenMail smtp = TestSmtp.server();

    private static final String NAME = "Aigerim Nurlanovna Sadykova";
    private static final String IIN = "800515300126";
    private static final LocalDate BORN = LocalDate.of(1980, 5, 15);
    private static final String STREET = "Zheltoksan 17";
    private static final String FLAT = "flat 42";
    private static final String EMAIL = "aigerim.private@example.kz";
    private static final List<String> PERSONAL = List.of(IIN, "800515", EMAIL, "aigerim.private", STREET, FLAT,
            "1980-05-15", "15.05.1980", "15 May 1980", "15 мая 1980", "1980 ж. 15 мамыр");
    private static final List<String> PARTY_DOCUMENTS = List.of("APPLICATION", "BIOGRAPHY",
            "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE", "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT");

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    NominationRepository candidates;
    @Autowired
    NominationFiling filing;
    @Autowired
    BallotService ballots;
    @Autowired
    ElectionProgress progress;
    @Autowired
    ProtocolService protocols;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ElectionCalls calls;
    @Autowired
    ElectionResults results;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintReview review;

    @Test
    void aRegisteredCandidatesIinBirthDateAddressAndEmailAreNeverPublished() throws Exception {
        String number = electionInNominationWindow();
        registerCandidateWithKnownPersonalData(number);

        assertThat(candidates.registeredInOrder(number)).extracting(c -> c.fullName()).containsExactly(NAME);
        assertNothingPersonalIn(number, "while registered, before the ballot");

        progress.fixBallot(number);
        String registrationNumber = ballots.ballot(number).get(0).registrationNumber();
        ProtocolFigures figures = new ProtocolFigures(812L, 812L, 500L, 20L, 292L, 515L, 5L,
                Map.of(registrationNumber, 450L), 60L);
        protocols.accept(protocols.submit(new ProtocolSubmission(number, 1, 1, figures, "pec-member",
                UUID.randomUUID().toString())).id(), "demo-tec", null);

        String page = assertNothingPersonalIn(number, "after the count");
        assertThat(page).as("the candidate is shown, by name and nominator").contains(NAME, "Amanat", ">450<");
    }

    /**
     * Complaints are listed publicly by number, subject, status and decision; the complainant's
     * name and email, the complaint's text and the reasons written to the complainant appear nowhere.
     */
    @Test
    void complaintsArePublishedWithoutTheComplainantOrTheirText() throws Exception {
        PublishedStory story = PublishedStory.run(new ResultsFixtures(elections, ballots, protocols), calls, results,
                complaints, review, runtimeService);
        List<String> complainants = List.of(PublishedStory.COMPLAINANT, "Secretova", PublishedStory.COMPLAINANT_EMAIL,
                "zhanar.secret", PublishedStory.OTHER_COMPLAINANT, "Hiddenov", PublishedStory.OTHER_EMAIL,
                PublishedStory.COMPLAINT_TEXT, "stuffed", PublishedStory.OTHER_TEXT, "leaflets",
                PublishedStory.REASONS, "Video of the ballot box", "removed at once");

        for (String path : List.of("/results/" + story.number + "?lang=en", "/results/" + story.number + "?lang=ru",
                "/results/" + story.number + "?lang=kk", "/results/" + story.number + ".json",
                "/results/" + story.number + ".csv")) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            assertThat(body).as("%s lists the complaints", path).contains(story.annulment, story.dismissed);
            for (String personal : complainants) {
                assertThat(body).as(path).doesNotContainIgnoringCase(personal);
            }
        }
    }

    private String electionInNominationWindow() {
        ClockUtil.reset();
        String number = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT,
                Level.RURAL, "Akim of Kosshy (Privacy district " + UUID.randomUUID() + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, """
                number;address;voters
                1;Village school No. 3;812
                2;House of culture;430
                """), "demo-tec").number();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        return number;
    }

    private void registerCandidateWithKnownPersonalData(String number) {
        Map<String, LocalDate> received = new java.util.HashMap<>();
        PARTY_DOCUMENTS.forEach(code -> received.put(code, LocalDate.parse("2026-08-10")));
        Nomination nomination = filing.nominate(number, new NominationRequest(NAME, IIN, BORN, "KZ",
                "Almaty, " + STREET + ", " + FLAT, EMAIL, "ru", NominationType.PARTY, "Amanat", received, 0, null,
                true, true, true), "demo-tec");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.referenceNumber()).singleResult();
        Job check = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        managementService.executeJob(check.getId());
        Task review = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION).singleResult();
        taskService.claim(review.getId(), "demo-tec");
        taskService.complete(review.getId(), Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true));
    }

    /** Every public answer about the election, in every language, holds nothing personal; returns the English page. */
    private String assertNothingPersonalIn(String number, String when) throws Exception {
        boolean ballotFixed = !ballots.ballot(number).isEmpty();
        String english = null;
        for (String path : List.of("/results?lang=en", "/results/" + number + "?lang=en",
                "/results/" + number + "?lang=ru", "/results/" + number + "?lang=kk",
                "/results/" + number + ".json", "/results/" + number + ".csv",
                "/results/" + number + "/nist-1500-100.json?lang=kk", "/results/feed.atom?lang=ru")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            // the CSV has candidate columns once the ballot is fixed
            if (path.contains(number) && (!path.endsWith(".csv") || ballotFixed)) {
                assertThat(answer.body()).as("%s %s: the candidate is there", path, when).contains(NAME);
            }
            for (String personal : PERSONAL) {
                assertThat(answer.body()).as("%s %s", path, when).doesNotContainIgnoringCase(personal);
            }
            if (path.endsWith(number + "?lang=en")) {
                english = answer.body();
            }
        }
        return english;
    }
}
