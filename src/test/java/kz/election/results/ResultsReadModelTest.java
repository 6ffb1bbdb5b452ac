package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRequest;
import kz.election.common.NotFoundException;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionProgress;
import kz.election.conduct.ElectionResults;
import kz.election.election.ElectionService;
import kz.election.election.ElectionStatus;
import kz.election.election.ResultVersion;
import kz.election.model.CandidateRegistrationModel;
import kz.election.notification.MailLanguage;
import kz.election.precinct.ProtocolService;
import kz.election.protocol.ProtocolFigures;
import kz.election.ruleset.NominationType;
import kz.election.tally.Tabulation;
import kz.election.tally.Tally;
import kz.election.tally.OutcomeRules;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read model on the real database: the tabulation's numbers, every precinct's row, and a fixed cost. */
@ElectionTest
class ResultsReadModelTest {

    static final GreenMail smtp = TestSmtp.server();

    @Autowired
    ResultsReadModel readModel;
    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    ElectionProgress progress;
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
    NominationFiling candidates;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    private ResultsFixtures fixtures() {
        return new ResultsFixtures(elections, ballots, protocols);
    }

    /**
     * Preliminary while counting and while the established result waits for publication; then the
     * published version, its date and winner; FINAL once the election has ended (akim registered).
     */
    @Test
    void figuresArePreliminaryUntilTheResultIsPublishedThenPublishedThenFinal() {
        ResultsFixtures fixtures = fixtures();
        String number = fixtures.announce("Published district", 2);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        fixtures.count(number, 2);
        assertThat(readModel.election(number, MailLanguage.EN).resultStatus()).isEqualTo(ResultStatus.PRELIMINARY);

        results.tabulate(number, "count of every precinct");
        results.establish(number, 1, false, null, "tec-chair", null);
        ResultsView established = readModel.election(number, MailLanguage.EN);

        assertThat(established.resultStatus()).isEqualTo(ResultStatus.AWAITING_PUBLICATION);
        assertThat(established.preliminary()).isTrue();
        assertThat(established.result()).as("not public before publication").isNull();
        assertThat(established.outcome()).isNull();
        assertThat(established.revisions()).isEmpty();

        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-09-15T11:30:00+05:00").toInstant()));
        ResultVersion version = results.publish(number, 1, "tec-secretary", null);
        ResultsView published = readModel.election(number, MailLanguage.EN);

        assertThat(published.resultStatus()).isEqualTo(ResultStatus.PUBLISHED);
        assertThat(published.preliminary()).isFalse();
        assertThat(published.outcome()).isEqualTo(PublicOutcome.ELECTED);
        assertThat(published.result().version()).isEqualTo(1);
        assertThat(published.result().publishedAt()).isEqualTo(OffsetDateTime.parse("2026-09-15T11:30:00+05:00"));
        assertThat(published.result().winnerRegistrationNumber()).isEqualTo(version.winnerRegistrationNumber())
                .isEqualTo(ResultsFixtures.FIRST);
        assertThat(published.result().winnerName()).isEqualTo("Aigerim Sadykova");
        assertThat(published.revisions()).extracting(ResultRevision::version, ResultRevision::complaintNumber)
                .containsExactly(tuple(1, null));
        assertThat(published.totals()).isEqualTo(established.totals());
        assertThat(published.revisionPending()).isFalse();

        elections.moveTo(number, ElectionStatus.CERTIFIED);
        ResultsView fin = readModel.election(number, MailLanguage.EN);
        assertThat(fin.resultStatus()).isEqualTo(ResultStatus.FINAL);
        assertThat(fin.result().publishedAt()).isEqualTo(published.result().publishedAt());
    }

    /**
     * A complaint annuls precinct 2 after publication: the precinct is marked excluded with the
     * complaint's number, version 2 names the complaint as its cause, the winner changes, and both
     * complaints are listed with their decisions.
     */
    @Test
    void aComplaintThatAnnulsAPrecinctRevisesThePublishedResult() {
        PublishedStory story = PublishedStory.run(fixtures(), calls, results, complaints, review, runtimeService);

        ResultsView view = readModel.election(story.number, MailLanguage.EN);

        assertThat(view.resultStatus()).isEqualTo(ResultStatus.PUBLISHED);
        assertThat(view.revisions()).extracting(ResultRevision::version, ResultRevision::winnerName,
                        ResultRevision::complaintNumber)
                .containsExactly(tuple(1, "Nurlan Bekov", null), tuple(2, "Aigerim Sadykova", story.annulment));
        assertThat(view.revisions().get(1).cause()).isEqualTo("complaint " + story.annulment);
        assertThat(view.result().version()).isEqualTo(2);
        assertThat(view.result().winnerName()).isEqualTo("Aigerim Sadykova");
        assertThat(view.precincts()).extracting(PrecinctLine::status, PrecinctLine::excludedByComplaint)
                .containsExactly(tuple(PrecinctStatus.COUNTED, null), tuple(PrecinctStatus.EXCLUDED, story.annulment),
                        tuple(PrecinctStatus.COUNTED, null));
        Tabulation withoutPrecinct2 = Tally.tabulate(ballots.forTally(story.number),
                protocols.acceptedProtocols(story.number), Set.of("2"), 3, OutcomeRules.defaults());
        assertThat(view.progress()).isEqualTo(new Progress(2, 1, 3, withoutPrecinct2.turnoutPercent()));
        assertThat(view.totals().candidates()).extracting(CandidateTotal::votes)
                .containsExactlyElementsOf(withoutPrecinct2.candidates().stream().map(c -> c.votes()).toList());
        assertThat(view.revisionPending()).isFalse();

        assertThat(view.complaints()).extracting(PublicComplaint::complaintNumber, PublicComplaint::subject,
                        PublicComplaint::subjectReference, PublicComplaint::status, PublicComplaint::decision,
                        PublicComplaint::remedy, PublicComplaint::remedyTarget)
                .containsExactly(
                        tuple(story.annulment, "PRECINCT_PROTOCOL", "2", "DECIDED", "UPHELD", "ANNUL_PRECINCT", "2"),
                        tuple(story.dismissed, "ELECTION_DAY_VIOLATION", null, "DECIDED", "DISMISSED", null, null));
        assertThat(view.complaints().toString()).doesNotContain(PublishedStory.COMPLAINANT,
                PublishedStory.COMPLAINANT_EMAIL, PublishedStory.OTHER_COMPLAINANT, "leaflets", "stuffing");
    }

    /** Between an annulment and its revision the totals stay the published ones, and the page says a revision is due. */
    @Test
    void aChangeNotYetRevisedKeepsThePublishedTotalsAndSaysSo() {
        ResultsFixtures fixtures = fixtures();
        String number = fixtures.announce("Pending district", 3);
        fixtures.fixBallot(number);
        IntStream.rangeClosed(1, 3).forEach(n -> fixtures.count(number, n));
        results.tabulate(number, "count of every precinct");
        results.establish(number, 1, false, null, "tec-chair", null);
        results.publish(number, 1, "tec-secretary", null);
        ResultsView before = readModel.election(number, MailLanguage.EN);

        results.excludePrecinct(number, 3, null);
        ResultsView pending = readModel.election(number, MailLanguage.EN);

        assertThat(pending.revisionPending()).isTrue();
        assertThat(pending.totals()).isEqualTo(before.totals());
        assertThat(pending.precincts().get(2).status()).isEqualTo(PrecinctStatus.EXCLUDED);
        assertThat(pending.precincts().get(2).excludedByComplaint()).isNull();

        results.revise(number, "annulment of precinct 3", null);
        ResultsView revised = readModel.election(number, MailLanguage.EN);
        assertThat(revised.revisionPending()).isFalse();
        assertThat(revised.progress().precinctsExcluded()).isEqualTo(1);
        assertThat(revised.revisions()).extracting(ResultRevision::cause, ResultRevision::complaintNumber)
                .containsExactly(tuple("count of every precinct", null), tuple("annulment of precinct 3", null));
    }

    /**
     * A candidate withdraws after the ballot was fixed and then has the most votes: the votes are counted
     * and shown, the candidate is marked struck off, and the published winner is the one still standing.
     */
    @Test
    void aCandidateStruckOffAfterTheBallotIsShownAsSuchAndCannotWin() {
        String number = fixtures().announce("Struck-off district", 1);
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        String leaving = registerCandidate(number, "Dias Omarov", LocalDate.of(1981, 4, 2));
        registerCandidate(number, "Saule Akhmetova", LocalDate.of(1979, 7, 21));
        List<BallotEntry> ballot = progress.fixBallot(number);
        runtimeService.createMessageCorrelation(CandidateRegistrationModel.Messages.CANDIDATE_WITHDRAWAL).processInstanceBusinessKey(leaving)
                .setVariable("withdrawalReason", "written withdrawal of the candidate")
                .setVariable("recordedBy", "demo-tec").correlate();
        String first = ballot.get(0).registrationNumber();
        String second = ballot.get(1).registrationNumber();
        Map<String, Long> votes = new LinkedHashMap<>();
        votes.put(first, 300L);
        votes.put(second, 100L);
        fixtures().count(number, 1, 1, new ProtocolFigures(410L, 410L, 400L, 10L, 0L, 410L, 0L, votes, 10L));
        results.tabulate(number, "count of every precinct");
        results.establish(number, 1, false, null, "tec-chair", null);
        results.publish(number, 1, "tec-secretary", null);

        ResultsView view = readModel.election(number, MailLanguage.EN);

        assertThat(view.candidates()).extracting(CandidateLine::name, CandidateLine::struckOff)
                .containsExactly(tuple("Dias Omarov", true), tuple("Saule Akhmetova", false));
        assertThat(view.totals().candidates()).extracting(CandidateTotal::votes, CandidateTotal::struckOff)
                .containsExactly(tuple(300L, true), tuple(100L, false));
        assertThat(view.result().winnerName()).isEqualTo("Saule Akhmetova");
    }

    /** A valid IIN for a birth date in the 1900s (docs/RULES.md: digits 1-6 the date, 7 the century and sex, 12 the check digit). */
    private static String iinBornOn(LocalDate born) {
        for (int serial = 1000; ; serial++) {
            String first11 = String.format("%02d%02d%02d3%04d", born.getYear() % 100, born.getMonthValue(),
                    born.getDayOfMonth(), serial);
            int check = weighted(first11, 0);
            if (check == 10) {
                check = weighted(first11, 2);
            }
            if (check != 10) {
                return first11 + check;
            }
        }
    }

    private static int weighted(String digits, int shift) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * ((i + shift) % 11 + 1);
        }
        return sum % 11;
    }

    private String registerCandidate(String number, String name, LocalDate born) {
        Map<String, LocalDate> received = new HashMap<>();
        List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE", "CIVIL_SERVICE_PROOF",
                "PARTY_DECISION_EXTRACT").forEach(code -> received.put(code, LocalDate.parse("2026-08-10")));
        Nomination nomination = candidates.nominate(number, new NominationRequest(name, iinBornOn(born),
                born, "KZ", "Kosshy, 1 Abai street", "candidate@example.kz", "ru", NominationType.PARTY,
                name.startsWith("Dias") ? "Aq Jol" : "Respublica", received, 0, null, true, true, true), "demo-tec");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.referenceNumber()).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
        Task review = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION).singleResult();
        taskService.claim(review.getId(), "demo-tec");
        taskService.complete(review.getId(), Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true));
        return nomination.referenceNumber();
    }

    @Test
    void showsTheTabulationOfTheAcceptedProtocolsWhileCounting() {
        ResultsFixtures fixtures = fixtures();
        String number = fixtures.announce("Counting district", 5);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        fixtures.count(number, 2);
        fixtures.count(number, 4);
        fixtures.submitOnly(number, 3);

        ResultsView view = readModel.election(number, MailLanguage.EN);

        Tabulation tabulation = Tally.tabulate(ballots.forTally(number), protocols.acceptedProtocols(number), Set.of(),
                5, OutcomeRules.defaults());
        assertThat(view.preliminary()).isTrue();
        assertThat(view.progress()).isEqualTo(new Progress(3, 0, 5, tabulation.turnoutPercent()));
        assertThat(view.totals().ballotsFound()).isEqualTo(tabulation.totals().ballotsFound());
        assertThat(view.totals().againstAll()).isEqualTo(tabulation.againstAllVotes());
        assertThat(view.totals().invalidBallots()).isEqualTo(tabulation.totals().invalidBallots());
        assertThat(view.totals().candidates()).extracting(CandidateTotal::votes)
                .containsExactlyElementsOf(tabulation.candidates().stream().map(c -> c.votes()).toList());
        assertThat(view.precincts()).extracting(PrecinctLine::status).containsExactly(PrecinctStatus.COUNTED,
                PrecinctStatus.COUNTED, PrecinctStatus.AWAITING, PrecinctStatus.COUNTED, PrecinctStatus.AWAITING);
        assertThat(view.precincts().get(0).ballotsFound()).isEqualTo(ResultsFixtures.figures(1).ballotsFound());
        assertThat(view.precincts().get(2).ballotsFound()).as("submitted, not accepted").isNull();
        assertThat(view.candidates()).extracting(CandidateLine::name).containsExactly("Aigerim Sadykova", "Nurlan Bekov");
    }

    @Test
    void anAcceptedRecountReplacesThePrecinctsFirstCount() {
        ResultsFixtures fixtures = fixtures();
        String number = fixtures.announce("Recount district", 2);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        protocols.openRecount(number, 1);
        fixtures.count(number, 1, 2, ResultsFixtures.figures(4));

        PrecinctLine row = readModel.election(number, MailLanguage.EN).precincts().get(0);

        assertThat(row.protocolVersion()).isEqualTo(2);
        assertThat(row.votes()).isEqualTo(ResultsFixtures.figures(4).candidateVotes());
    }

    @Test
    void beforeTheBallotIsFixedItListsThePrecinctsAndNoFigures() {
        String number = fixtures().announce("Early district", 3);

        ResultsView view = readModel.election(number, MailLanguage.EN);

        assertThat(view.ballotFixed()).isFalse();
        assertThat(view.totals()).isNull();
        assertThat(view.candidates()).isEmpty();
        assertThat(view.precincts()).extracting(PrecinctLine::registeredVoters).containsExactly(410, 420, 430);
        assertThat(view.calendar()).extracting(CalendarLine::key).contains("pollsOpen", "resultDeadline");
        assertThat(readModel.elections(readModel.territoryChoices(MailLanguage.EN), TerritoryFilter.NONE, MailLanguage.EN)).extracting(ElectionListing::number).contains(number);
    }

    @Test
    void anUnknownElectionIsNotFound() {
        assertThatThrownBy(() -> readModel.election("2026-RUR-9999", MailLanguage.EN)).isInstanceOf(NotFoundException.class);
    }

    /**
     * Election night: the page of an election with 40 counted precincts costs the same statements as
     * one with 2, so thousands of protocols never turn one page view into thousands of queries.
     */
    @Test
    void readingAPageCostsTheSameStatementsWhateverTheNumberOfPrecincts() {
        ResultsFixtures fixtures = fixtures();
        String small = fixtures.announce("Small district", 2);
        String large = fixtures.announce("Large district", 40);
        fixtures.fixBallot(small);
        fixtures.fixBallot(large);
        IntStream.rangeClosed(1, 2).forEach(n -> fixtures.count(small, n));
        IntStream.rangeClosed(1, 40).forEach(n -> fixtures.count(large, n));
        TestRegister register = new TestRegister(jdbc);
        String rural = register.ruralDistrict(register.district(register.oblast("Бет"), "Бет"), "Бет");
        register.place(small, rural);
        register.place(large, rural);
        readModel.election(small, MailLanguage.EN); // warm-up: the first read may prepare statements

        long smallStatements = statementsOf(() -> readModel.election(small, MailLanguage.EN));
        long largeStatements = statementsOf(() -> readModel.election(large, MailLanguage.EN));

        assertThat(largeStatements).isEqualTo(smallStatements);
        // the election, its calendar and precincts, its territory and what that lies in, the ballot, the
        // protocols, the result versions, the excluded precincts and the complaints: a fixed handful, not
        // one per precinct
        assertThat(smallStatements).as("a handful, not one per precinct").isBetween(1L, 17L);
    }

    /**
     * The list names every election from the register (its territory, district and oblast) with the
     * same statements whatever the number of elections: never one query per election.
     */
    @Test
    void listingNamesTheTerritoriesWithTheSameStatementsWhateverTheNumberOfElections() {
        TestRegister register = new TestRegister(jdbc);
        String oblast = register.oblast("Тізім");
        String district = register.district(oblast, "Тізім");
        String rural = register.ruralDistrict(district, "Тізім");
        ResultsFixtures fixtures = fixtures();
        register.place(fixtures.announce("Listed district", 1), rural);
        Runnable list = () -> readModel.elections(readModel.territoryChoices(MailLanguage.KK),
                TerritoryFilter.NONE, MailLanguage.KK);
        list.run(); // warm-up: the first read may prepare statements

        long fewer = statementsOf(list);
        List<String> more = IntStream.rangeClosed(1, 5).mapToObj(n -> fixtures.announce("Listed district", 1)).toList();
        more.forEach(number -> register.place(number, rural));
        long many = statementsOf(list);

        assertThat(many).isEqualTo(fewer);
        assertThat(fewer).as("the register's upper tiers, the elections' territories, the elections").isBetween(1L, 5L);
        assertThat(readModel.elections(readModel.territoryChoices(MailLanguage.KK), new TerritoryFilter(oblast, null),
                MailLanguage.KK)).hasSize(6).allSatisfy(listing -> {
                    assertThat(listing.place().territory()).isEqualTo(register.nameKk(rural));
                    assertThat(listing.place().district()).isEqualTo(new TerritoryName(district, register.nameKk(district)));
                    assertThat(listing.place().oblast()).isEqualTo(new TerritoryName(oblast, register.nameKk(oblast)));
                });
    }

    /** Counts the statements PgJDBC executes for this thread (its FINEST log has one line per execute). */
    private static long statementsOf(Runnable read) {
        Logger logger = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        Level level = logger.getLevel();
        boolean parents = logger.getUseParentHandlers();
        long thread = Thread.currentThread().getId();
        List<String> executes = new ArrayList<>();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLongThreadID() == thread && record.getMessage() != null
                        && record.getMessage().contains("execute")) {
                    executes.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        counter.setLevel(Level.ALL);
        logger.addHandler(counter);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.FINEST);
        try {
            read.run();
        } finally {
            logger.removeHandler(counter);
            logger.setLevel(level);
            logger.setUseParentHandlers(parents);
        }
        return executes.size();
    }
}
