package kz.election.complaint;

import static kz.election.model.ComplaintModel.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.FullProcessCoverage;
import kz.election.SignIn;
import kz.election.TestSmtp;
import kz.election.audit.Decision;
import kz.election.audit.DecisionLog;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRepository;
import kz.election.candidate.NominationStatus;
import kz.election.common.InvalidInputException;
import kz.election.conduct.ElectionResults;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.election.ElectionStatus;
import kz.election.election.ElectionStoriesForComplaints;
import kz.election.election.ElectionStoriesForComplaints.Contest;
import kz.election.election.ResultVersion;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ComplaintModel;
import kz.election.model.ElectionModel;
import kz.election.model.PrecinctCountModel;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolStatus;
import kz.election.precinct.StoredProtocol;
import kz.election.audit.DecisionEntry;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * complaint.bpmn told as stories on a real PostgreSQL and GreenMail: every outcome (inadmissible,
 * dismissed, upheld with each kind of remedy, appealed and ruled on). The remedies act on the real
 * election.bpmn, precinct-count.bpmn and candidate-registration.bpmn of an election driven from its
 * call ({@link ElectionStoriesForComplaints}), and each story asserts the effect on the election: its
 * result versions, the winner, the exclusion, its status, the repeat election. After the last story
 * every flow node and sequence flow of complaint.bpmn must have been passed.
 */
@ElectionTest
@FullProcessCoverage("complaint")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintProcessTest {

    static final String COMPLAINANT = "complainant@example.kz";

    static final GreenMail smtp = TestSmtp.server();

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired FormService formService;
    @Autowired ComplaintService complaints;
    @Autowired NominationRepository candidates;
    @Autowired ProtocolService protocols;
    @Autowired DecisionLog decisionLog;
    @Autowired ComplaintFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ElectionStoriesForComplaints stories;
    @Autowired ElectionResults results;
    @Autowired ElectionService elections;
    @Autowired BallotService ballots;

    @BeforeEach
    void setUp() {
        init(processEngine);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    /**
     * docs/RULES.md, Complaints and appeals: a complaint after the (unconfirmed) 10-day term is flagged to an
     * officer, never refused by the system (APPC Art. 92); the officer finds it inadmissible with reasons,
     * which the complainant is told.
     */
    @Test
    void aLateComplaintIsFlaggedToAnOfficerWhoFindsItInadmissibleWithReasonsTheComplainantIsTold() throws Exception {
        String election = fixtures.election("late");
        at("2026-08-20T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.PRECINCT_PROTOCOL, "1", "2026-08-05", "en"));

        assertThat(instance.getBusinessKey()).isEqualTo(election + "-C001");
        assertThat(instance).hasPassed(CHECK_FILING_DEADLINE).isWaitingAt(DECIDE_LATE_COMPLAINT);
        Complaint flagged = complaints.byNumber(instance.getBusinessKey());
        assertThat(flagged.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(flagged.filingDeadline()).isEqualTo(instant("2026-08-15T23:59:59+05:00"));
        Task decide = task(instance);
        assertThat(decide).hasCandidateGroup("complaints-officers");
        assertThat((String) taskService.getVariable(decide.getId(), ComplaintVariables.COMPLAINT_SUMMARY))
                .contains("Filed after the filing term: 10 days from the act of 2026-08-05", "(U: ", "APPC Art. 92");
        taskService.claim(decide.getId(), "demo-complaints");
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("admission", "INADMISSIBLE")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("admissionReasons");
        assertThat(instance).isWaitingAt(DECIDE_LATE_COMPLAINT);

        taskService.complete(decide.getId(), Map.of("admission", "INADMISSIBLE",
                "admissionReasons", "Filed two weeks after the protocol was posted, with no reason given for the delay."));
        assertThat(instance).hasPassed(LATE_COMPLAINT_ADMITTED_GATEWAY).isWaitingAt(MAIL_COMPLAINT_INADMISSIBLE);
        runJobs(instance);

        assertThat(instance).isEnded().hasPassed(COMPLAINT_INADMISSIBLE);
        Complaint late = complaints.byNumber(instance.getBusinessKey());
        assertThat(late.status()).isEqualTo(ComplaintStatus.INADMISSIBLE);
        assertThat(logged(instance.getBusinessKey())).containsExactly("complaint-inadmissible/en/" + COMPLAINANT);
        assertThat(plainText(lastMailTo(COMPLAINANT))).contains(instance.getBusinessKey(), "15 August 2026, 23:59 (UTC+5)",
                "with no reason given for the delay");
        assertThat(decisionLog.forBusinessKey(instance.getBusinessKey()))
                .extracting(d -> d.actor() + " " + d.decision())
                .containsExactly(DecisionEntry.SYSTEM + " FILED_LATE_TO_OFFICER", "demo-complaints INADMISSIBLE");
    }

    @Test
    void anOfficerAdmitsALateComplaintWithReasonsAndItIsReviewedLikeAnyOther() throws Exception {
        String election = fixtures.election("late admitted");
        at("2026-08-20T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.PRECINCT_PROTOCOL, "1", "2026-08-05", "ru"));
        Task decide = task(instance);
        taskService.claim(decide.getId(), "demo-complaints");

        at("2026-08-21T09:00:00+05:00");
        taskService.complete(decide.getId(), Map.of("admission", "ADMIT",
                "admissionReasons", "The complainant was in hospital until 19 August (certificate attached)."));

        assertThat(instance).hasPassed(COMPLAINT_ADMITTED).isWaitingAt(MAIL_COMPLAINT_RECEIVED);
        assertThat(complaints.byNumber(instance.getBusinessKey()).status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);
        runJobs(instance);
        Task review = task(instance);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(REVIEW_COMPLAINT);
        assertThat(review.getDueDate()).isEqualTo(date("2026-08-26T23:59:59+05:00"));
        assertThat(decisionLog.forBusinessKey(instance.getBusinessKey())).extracting(d -> d.decision() + ": " + d.reason())
                .last().isEqualTo("ADMITTED_LATE: The complainant was in hospital until 19 August (certificate attached).");
        taskService.claim(review.getId(), "demo-complaints");
        taskService.complete(review.getId(), Map.of("decision", "DISMISS",
                "reasons", "The protocol's figures pass every control check."));
        assertThat(instance).hasPassed(COMPLAINT_DECIDED);
    }

    @Test
    void aComplaintFiledInTasklistIsDismissedOnlyWithReasonsAndStandsWhenNobodyAppeals() throws Exception {
        String election = fixtures.election("dismissed");
        at("2026-08-20T10:00:00+05:00");
        Map<String, Object> form = new HashMap<>(Map.of("electionNumber", election, "complainantRole", "OBSERVER",
                "complainantName", "Dana Observer", "complainantEmail", COMPLAINANT, "complainantLanguage", "kk",
                "subject", "PRECINCT_PROTOCOL", "subjectReference", "2", "actDate", "2026-08-18",
                "text", "The precinct commission refused to show me the list of voters.\nSecond paragraph."));
        String definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintModel.PROCESS).latestVersion().singleResult().getId();

        SignIn.as(identityService, "demo-complaints", "complaints-officers");
        Map<String, Object> wrong = new HashMap<>(form);
        wrong.put("subjectReference", "9");
        wrong.put("complainantEmail", "no address");
        assertThatThrownBy(() -> formService.submitStartForm(definition, wrong))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("subjectReference").hasMessageContaining("complainantEmail");
        ProcessInstance instance = formService.submitStartForm(definition, form);
        identityService.clearAuthentication();
        instance = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();

        // the refused filing gave its number back: numbers are gap-free per election
        assertThat(instance.getBusinessKey()).isEqualTo(election + "-C001");
        assertThat(complaints.byNumber(instance.getBusinessKey()).filedBy()).isEqualTo("demo-complaints");
        runJobs(instance);
        assertThat(logged(instance.getBusinessKey())).containsExactly("complaint-received/kk/" + COMPLAINANT);

        Task review = task(instance);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(REVIEW_COMPLAINT);
        assertThat(review).hasCandidateGroup("complaints-officers");
        assertThat(review.getDueDate()).isEqualTo(date("2026-08-25T23:59:59+05:00"));
        assertThat((String) taskService.getVariable(review.getId(), ComplaintVariables.COMPLAINT_SUMMARY))
                .contains("OBSERVER", "PRECINCT_PROTOCOL 2", "Second paragraph").doesNotContain("Dana Observer");
        taskService.claim(review.getId(), "demo-complaints");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "DISMISS")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("reasons");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "UPHOLD", "reasons", "Founded")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("remedy");
        assertThat(instance).isWaitingAt(REVIEW_COMPLAINT);

        taskService.complete(review.getId(), Map.of("decision", "DISMISS",
                "reasons", "The list of voters was open for inspection from E-15 as the law requires."));
        assertThat(instance).hasPassed(COMPLAINT_DECIDED).isWaitingAt(MAIL_COMPLAINT_DECISION);
        runJobs(instance);
        assertThat(instance).isWaitingAt(RECORD_COURT_APPEAL);
        assertThat(logged(instance.getBusinessKey())).containsExactly("complaint-received/kk/" + COMPLAINANT,
                "complaint-decided/kk/" + COMPLAINANT);
        assertThat(plainText(lastMailTo(COMPLAINANT))).contains("E-15");
        Complaint decided = complaints.byNumber(instance.getBusinessKey());
        assertThat(decided.decision()).isEqualTo("DISMISSED");
        assertThat(decided.decidedBy()).isEqualTo("demo-complaints");

        // the appeal period (the ruleset's 10 days) ends with no appeal recorded: the decision is final
        at("2026-08-31T00:00:00+05:00");
        runJobs(instance);
        assertThat(instance).isEnded().hasPassed(APPEAL_PERIOD_OVER, DECISION_FINAL);
        assertThat(complaints.publicList(election)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ComplaintStatus.DECIDED.name());
            assertThat(p.decision()).isEqualTo("DISMISSED");
            assertThat(p.toString()).doesNotContain("Dana Observer", COMPLAINANT, "list of voters");
        });
    }

    @Test
    void aDeregisteredCandidateIsReinstatedWhenTheCourtOverturnsTheDecision() throws Exception {
        String election = fixtures.election("deregistered and reinstated");
        String nomination = fixtures.registeredCandidate(election, "Aigerim Sadykova", "candidate@example.kz", "ru");
        String registrationNumber = candidates.byReference(nomination).registrationNumber();
        at("2026-08-20T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.REGISTRATION_DECISION, nomination,
                "2026-08-19", "en"));
        runJobs(instance);

        assertThat(rejected(instance, Map.of("decision", "UPHOLD", "reasons", "False declaration",
                "remedy", "DEREGISTER", "remedyNomination", nomination, "remedyGround", "BOGUS")))
                .contains("remedyGround", "NON_COMPLIANCE");
        assertThat(rejected(instance, Map.of("decision", "UPHOLD", "reasons", "False declaration",
                "remedy", "REINSTATE", "remedyNomination", nomination)))
                .contains("remedyNomination", "REGISTERED");
        decide(instance, Map.of("decision", "UPHOLD", "reasons", "The declared assets omit a flat in Almaty",
                "remedy", "DEREGISTER", "remedyNomination", nomination, "remedyGround", "FALSE_DECLARATION_DATA"));
        runJobs(instance);
        fixtures.runJobs(nomination);

        Nomination deregistered = candidates.byReference(nomination);
        assertThat(deregistered.status()).isEqualTo(NominationStatus.DEREGISTERED);
        assertThat(deregistered.deregistrationReason()).contains(instance.getBusinessKey(), "flat in Almaty");
        assertThat(deregistered.removedBy()).isEqualTo("demo-complaints");
        assertThat(logged(instance.getBusinessKey())).containsExactly("complaint-received/en/" + COMPLAINANT,
                "complaint-decided/en/" + COMPLAINANT, "complaint-decided/ru/candidate@example.kz");
        assertThat(logged(nomination)).contains("candidate-deregistered/ru/candidate@example.kz");

        // staff record the appeal to court, and later the ruling that overturns the commission
        at("2026-08-22T10:00:00+05:00");
        assertThat(rejected(instance, Map.of("courtName", "Specialised administrative court of Kosshy",
                "appealedOn", "2026-08-19", "caseNumber", "7199-26-00-4a/15"))).contains("appealedOn");
        decide(instance, Map.of("courtName", "Specialised administrative court of Kosshy",
                "appealedOn", "2026-08-21", "caseNumber", "7199-26-00-4a/15"));
        assertThat(instance).isWaitingAt(RECORD_COURT_RULING);
        assertThat(complaints.byNumber(instance.getBusinessKey()).status()).isEqualTo(ComplaintStatus.APPEALED);

        at("2026-08-28T10:00:00+05:00");
        assertThat(rejected(instance, Map.of("ruling", "OVERTURNED", "ruledOn", "2026-08-27",
                "rulingSummary", "The flat belongs to the candidate's brother"))).contains("remedy");
        decide(instance, Map.of("ruling", "OVERTURNED", "ruledOn", "2026-08-27",
                "rulingSummary", "The flat belongs to the candidate's brother", "remedy", "REINSTATE",
                "remedyNomination", nomination));
        assertThat(instance).isWaitingAt(APPLY_COURT_REMEDY);
        runJobs(instance);
        fixtures.runJobs(nomination);

        assertThat(instance).isEnded().hasPassed(MAIL_COURT_RULING, COURT_RULING_APPLIED);
        Nomination reinstated = candidates.byReference(nomination);
        assertThat(reinstated.status()).isEqualTo(NominationStatus.REGISTERED);
        assertThat(reinstated.registrationNumber()).isEqualTo(registrationNumber);
        ProcessInstance candidacy = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nomination)
                .singleResult();
        assertThat(candidacy).hasPassed(CandidateRegistrationModel.Elements.REINSTATEMENT_ORDERED, CandidateRegistrationModel.Elements.REINSTATE_CANDIDATE, CandidateRegistrationModel.Elements.MAIL_REINSTATEMENT)
                .isWaitingAt(CandidateRegistrationModel.Elements.BACK_ON_THE_BALLOT);
        assertThat(logged(instance.getBusinessKey())).contains("court-ruling-recorded/en/" + COMPLAINANT,
                "court-ruling-recorded/ru/candidate@example.kz");
        assertThat(plainText(lastMailTo(COMPLAINANT))).contains("7199-26-00-4a/15", nomination);
        assertThat(decisionLog.forBusinessKey(nomination)).extracting(Decision::decision)
                .contains("DEREGISTERED", "REINSTATED");
        assertThat(complaints.publicList(election)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ComplaintStatus.COURT_RULED.name());
            assertThat(p.courtRuling()).isEqualTo("OVERTURNED");
            assertThat(p.courtRemedy()).isEqualTo("REINSTATE");
            // a candidate who was registered is named by registration number and name, public facts
            assertThat(p.courtRemedyTarget()).isEqualTo(candidates.byReference(nomination).registrationNumber()
                    + " Aigerim Sadykova");
        });
    }

    @Test
    void aRecountOrderedOnAComplaintChangesTheWinnerAndTheRevisedResultIsPublishedWithTheComplaintNumber() throws Exception {
        String election = stories.call("complaint recount");
        Contest contest = publishedResultWonAtPrecinctOne(election);
        assertThat(results.current(election).orElseThrow().winnerRegistrationNumber()).isEqualTo(contest.first());

        at("2026-09-14T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.PRECINCT_PROTOCOL, "1", "2026-09-13", "ru"));
        String number = instance.getBusinessKey();
        runJobs(instance);
        assertThat(rejected(instance, Map.of("decision", "UPHOLD", "reasons", "Miscounted", "remedy", "RECOUNT",
                "remedyPrecinct", 7L))).contains("remedyPrecinct", "its precincts are 1, 2");
        decide(instance, Map.of("decision", "UPHOLD", "reasons", "Ballots of the second candidate were counted for the first",
                "remedy", "RECOUNT", "remedyPrecinct", 1L));
        assertThat(instance).isWaitingAt(APPLY_COMMISSION_REMEDY);
        runJobs(instance);

        // the recount is a new count of precinct 1 opening protocol version 2; until it is accepted the result stands
        ProcessInstance recount = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election, 1)).singleResult();
        assertThat(recount).hasPassed(PrecinctCountModel.Elements.RECOUNT_ORDERED, PrecinctCountModel.Elements.OPEN_RECOUNT_VERSION).isWaitingAt(CountVariables.ENTER_PROTOCOL)
                .variables().containsEntry(CountVariables.PROTOCOL_VERSION, 2)
                .containsEntry(ComplaintVariables.COMPLAINT_NUMBER, number);
        assertThat(results.history(election)).hasSize(1);
        assertThat(instance).hasPassed(APPLY_COMMISSION_REMEDY, MAIL_COMPLAINT_DECISION).isWaitingAt(RECORD_COURT_APPEAL);

        stories.count(election, 1, new long[] {100, 300, 20});
        assertThat(protocols.history(election, 1)).extracting(StoredProtocol::version, StoredProtocol::status)
                .containsExactly(tuple(1, ProtocolStatus.SUPERSEDED), tuple(2, ProtocolStatus.ACCEPTED));
        assertThat(results.history(election))
                .extracting(ResultVersion::version, ResultVersion::winnerRegistrationNumber, ResultVersion::cause)
                .containsExactly(tuple(1, contest.first(), "count of every precinct"),
                        tuple(2, contest.second(), "complaint " + number));
        assertThat(results.current(election).orElseThrow().published()).isTrue();
        assertThat(runtimeService.getVariable(stories.instance(election).getId(), "winner"))
                .isEqualTo(candidates.byReference(contest.secondNomination()).fullName());
        assertThat(logged(number)).containsExactly("complaint-received/ru/" + COMPLAINANT,
                "complaint-decided/ru/" + COMPLAINANT, "complaint-decided/ru/" + email(contest.firstNomination()),
                "complaint-decided/ru/" + email(contest.secondNomination()));
        assertThat(complaints.publicList(election)).singleElement()
                .satisfies(p -> assertThat(List.of(p.remedy(), p.remedyTarget())).containsExactly("RECOUNT", "1"));

        // a later annulment of precinct 2 names its own cause, not the recount's left in the election
        ProcessInstance second = submit(request(election, ComplaintSubject.ELECTION_DAY_VIOLATION,
                "Ballot stuffing at the House of culture", "2026-09-13", "en"));
        runJobs(second);
        decide(second, Map.of("decision", "UPHOLD", "reasons", "Video shows ballots added after the close",
                "remedy", "ANNUL_PRECINCT", "remedyPrecinct", 2L));
        runJobs(second);
        stories.runDueJobs(election);
        assertThat(results.current(election).orElseThrow()).satisfies(v -> {
            assertThat(v.version()).isEqualTo(3);
            assertThat(v.cause()).isEqualTo("precinct 2 annulled (complaint " + second.getBusinessKey() + ")");
            assertThat(v.winnerRegistrationNumber()).isEqualTo(contest.second());
        });
        assertThat(results.excludedPrecincts(election)).containsExactly(2);
    }

    @Test
    void anAnnulledPrecinctIsExcludedTheWinnerChangesAndTheCourtUpholdsTheAnnulment() throws Exception {
        String election = stories.call("complaint annulled precinct");
        Contest contest = publishedResultWonAtPrecinctOne(election);

        at("2026-09-14T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.ELECTION_DAY_VIOLATION,
                "Ballot stuffing seen at the village school", "2026-09-13", "ru"));
        String number = instance.getBusinessKey();
        runJobs(instance);
        decide(instance, Map.of("decision", "UPHOLD", "reasons", "Video shows ballots added after the close",
                "remedy", "ANNUL_PRECINCT", "remedyPrecinct", 1L));
        runJobs(instance);
        stories.runDueJobs(election);

        assertThat(results.excludedPrecincts(election)).containsExactly(1);
        assertThat(results.history(election)).extracting(ResultVersion::version, ResultVersion::winnerRegistrationNumber,
                        ResultVersion::cause)
                .containsExactly(tuple(1, contest.first(), "count of every precinct"),
                        tuple(2, contest.second(), "precinct 1 annulled (complaint " + number + ")"));
        assertThat(results.current(election).orElseThrow().published()).isTrue();
        assertThat(results.summary(election, 2)).contains("excluded (annulled): 1");
        assertThat(stories.instance(election)).hasPassed(ElectionModel.Elements.EXCLUDE_PRECINCT, ElectionModel.Elements.END_ANNULLED_COUNT, ElectionModel.Elements.REVISE_AFTER_ANNULMENT)
                .isWaitingAt(ElectionModel.Elements.COMPLAINT_WINDOW);

        at("2026-09-15T10:00:00+05:00");
        decide(instance, Map.of("courtName", "Kosshy district court", "appealedOn", "2026-09-14", "caseNumber", "2-11/2026"));
        decide(instance, Map.of("ruling", "UPHELD_DECISION", "ruledOn", "2026-09-15",
                "rulingSummary", "The annulment was lawful"));
        runJobs(instance);
        assertThat(instance).isEnded().hasPassed(OVERTURNED_GATEWAY, COURT_RULING_APPLIED).hasNotPassed(APPLY_COURT_REMEDY);
        assertThat(results.history(election)).hasSize(2);
        assertThat(logged(number)).contains("court-ruling-recorded/ru/" + COMPLAINANT,
                "court-ruling-recorded/ru/" + email(contest.firstNomination()));
    }

    @Test
    void aPrecinctAnnulledOnElectionDayEndsItsCountAndTheElectionIsTabulatedWithoutIt() throws Exception {
        String election = stories.call("complaint annulled during the count");
        Contest contest = stories.twoRegisteredCandidates(election);
        stories.advanceTo(election, "2026-08-23T18:00:00+05:00");
        stories.superviseAll(election);
        stories.advanceTo(election, "2026-09-13T07:00:00+05:00");
        assertThat(stories.instance(election)).isWaitingAt(ElectionModel.Elements.COUNT_PRECINCTS);

        at("2026-09-13T15:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.ELECTION_DAY_VIOLATION,
                "Ballot stuffing seen at the House of culture", "2026-09-13", "kk"));
        runJobs(instance);
        assertThat(task(instance).getDueDate()).isEqualTo(date("2026-09-13T23:59:59+05:00"));
        decide(instance, Map.of("decision", "UPHOLD", "reasons", "Video shows ballots put into the box at 14:10",
                "remedy", "ANNUL_PRECINCT", "remedyPrecinct", 2L));
        runJobs(instance);
        stories.runDueJobs(election);

        // precinct 2's count ends where it stood; the election waits for precinct 1 only
        var count2 = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election, 2)).singleResult();
        assertThat(count2.getEndTime()).isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(count2.getId())
                .activityId(PrecinctCountModel.Elements.COUNT_ENDED_ANNULLED).count()).isEqualTo(1);
        assertThat(stories.instance(election)).isWaitingAt(ElectionModel.Elements.COUNT_PRECINCTS);
        assertThat(results.history(election)).isEmpty();

        stories.count(election, 1, new long[] {300, 100, 20});
        assertThat(stories.instance(election)).hasPassed(ElectionModel.Elements.TABULATE_RESULT).isWaitingAt(ElectionModel.Elements.ESTABLISH_RESULT);
        ResultVersion first = results.current(election).orElseThrow();
        assertThat(first.winnerRegistrationNumber()).isEqualTo(contest.first());
        assertThat(results.summary(election, 1)).contains("Precincts counted: 1 of 2", "excluded (annulled): 1");
        assertThat(logged(instance.getBusinessKey())).contains("complaint-decided/kk/" + COMPLAINANT);

        // a recount accepted while the result waits for establishment: the commission establishes the new figures
        at("2026-09-14T09:00:00+05:00");
        ProcessInstance recount = submit(request(election, ComplaintSubject.PRECINCT_PROTOCOL, "1", "2026-09-13", "kk"));
        runJobs(recount);
        decide(recount, Map.of("decision", "UPHOLD", "reasons", "The bundles of the two candidates were swapped",
                "remedy", "RECOUNT", "remedyPrecinct", 1L));
        runJobs(recount);
        stories.count(election, 1, new long[] {100, 300, 20});
        assertThat(results.history(election)).extracting(ResultVersion::version, ResultVersion::winnerRegistrationNumber,
                        ResultVersion::established)
                .containsExactly(tuple(1, contest.first(), false), tuple(2, contest.second(), false));
        stories.establishAndPublish(election);
        assertThat(results.current(election).orElseThrow()).satisfies(v -> {
            assertThat(v.version()).isEqualTo(2);
            assertThat(v.establishedBy()).isEqualTo("demo-tec");
            assertThat(v.publishedBy()).isEqualTo("tec-second-member");
            assertThat(v.winnerRegistrationNumber()).isEqualTo(contest.second());
        });
        assertThat(stories.instance(election)).isWaitingAt(ElectionModel.Elements.COMPLAINT_WINDOW);
    }

    @Test
    void theCourtOverturnsADismissalAndDeregistersTheWinnerSoTheNextCandidateWins() throws Exception {
        String election = stories.call("complaint deregistered winner");
        Contest contest = publishedResultWonAtPrecinctOne(election);

        at("2026-09-14T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.RESULT, "Result of 13 September",
                "2026-09-13", "en"));
        String number = instance.getBusinessKey();
        runJobs(instance);
        // docs/RULES.md, The calendar: the window for complaints against the result has no source; the officer reads its mark
        assertThat((String) runtimeService.getVariable(instance.getId(), ComplaintVariables.COMPLAINT_SUMMARY))
                .startsWith("Complaints against the result: the rules wait 3 days after the result's publication"
                        + " (at the latest until the winner's registration deadline) before the akim is registered"
                        + " (U: the rules mark this value unconfirmed in the law): No legal source found;")
                .contains("Complaint " + number + " of a ");
        decide(instance, Map.of("decision", "DISMISS", "reasons", "The declaration was checked at registration"));
        runJobs(instance);
        assertThat(instance).hasPassed(MAIL_COMPLAINT_DECISION).hasNotPassed(APPLY_COMMISSION_REMEDY).isWaitingAt(RECORD_COURT_APPEAL);

        at("2026-09-15T10:00:00+05:00");
        decide(instance, Map.of("courtName", "Specialised administrative court of Kosshy", "appealedOn", "2026-09-15",
                "caseNumber", "7199-26-00-4a/31"));
        at("2026-09-16T10:00:00+05:00");
        decide(instance, Map.of("ruling", "OVERTURNED", "ruledOn", "2026-09-16",
                "rulingSummary", "The winner's declaration omits a flat in Almaty", "remedy", "DEREGISTER",
                "remedyNomination", contest.firstNomination(), "remedyGround", "FALSE_DECLARATION_DATA"));
        runJobs(instance);
        stories.runDueJobs(election);

        assertThat(instance).isEnded().hasPassed(APPLY_COURT_REMEDY, MAIL_COURT_RULING);
        assertThat(candidates.byReference(contest.firstNomination()).status()).isEqualTo(NominationStatus.DEREGISTERED);
        assertThat(ballots.forTally(election).candidates()).filteredOn(c -> c.registrationNumber().equals(contest.first()))
                .singleElement().satisfies(c -> assertThat(c.struckOff()).isTrue());
        assertThat(results.history(election)).extracting(ResultVersion::version, ResultVersion::winnerRegistrationNumber,
                        ResultVersion::cause)
                .containsExactly(tuple(1, contest.first(), "count of every precinct"),
                        tuple(2, contest.second(), "complaint " + number));
        assertThat(results.current(election).orElseThrow().published()).isTrue();
        assertThat(logged(number)).contains("complaint-decided/en/" + COMPLAINANT, "court-ruling-recorded/en/" + COMPLAINANT,
                "court-ruling-recorded/ru/" + email(contest.firstNomination()));
        assertThat(plainText(lastMailTo(COMPLAINANT))).contains("7199-26-00-4a/31");
        assertThat(logged(contest.firstNomination())).contains("candidate-deregistered/ru/" + email(contest.firstNomination()));

        // the struck-off winner cannot be put back on ballots already cast: the form names the remedy that can
        at("2026-09-17T10:00:00+05:00");
        ProcessInstance appeal = submit(request(election, ComplaintSubject.REGISTRATION_DECISION,
                contest.firstNomination(), "2026-09-16", "ru"));
        runJobs(appeal);
        assertThat(rejected(appeal, Map.of("decision", "UPHOLD", "reasons", "The flat is the brother's",
                "remedy", "REINSTATE", "remedyNomination", contest.firstNomination())))
                .contains("remedy", "ballots already cast", "ANNUL_ELECTION");
    }

    @Test
    void anAnnulledElectionEndsAsAnnulledAndALinkedRepeatElectionStarts() {
        String election = stories.call("complaint annulled election");
        Contest contest = publishedResultWonAtPrecinctOne(election);
        ProcessInstance electionProcess = stories.instance(election);

        at("2026-09-14T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.RESULT, "Result of 13 September",
                "2026-09-13", "kk"));
        runJobs(instance);
        Map<String, Object> annul = Map.of("decision", "UPHOLD",
                "reasons", "Violations make a reliable result impossible", "remedy", "ANNUL_ELECTION");
        decide(instance, annul);
        runJobs(instance);

        assertThat(electionProcess).isEnded().hasPassed(ElectionModel.Elements.ANNUL_ELECTION, ElectionModel.Elements.CALL_REPEAT_AFTER_ANNULMENT);
        assertThat(elections.byNumber(election).status()).isEqualTo(ElectionStatus.ANNULLED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(contest.firstNomination())
                .count()).isZero();
        List<String> followUps = elections.followUps(election);
        assertThat(followUps).hasSize(1);
        Election repeat = elections.byNumber(followUps.get(0));
        assertThat(repeat.reason()).isEqualTo(ElectionReason.REPEAT);
        assertThat(repeat.previousElectionNumber()).isEqualTo(election);
        assertThat(stories.instance(repeat.number())).isWaitingAt("nominationOpens");
        assertThat(logged(instance.getBusinessKey())).contains("complaint-decided/kk/" + COMPLAINANT);

        // nothing is left to annul: a second annulment is refused on the form
        ProcessInstance again = submit(request(election, ComplaintSubject.RESULT, "Result of 13 September",
                "2026-09-13", "kk"));
        runJobs(again);
        assertThat(rejected(again, annul)).contains("remedy", "no running election process");
    }

    @Test
    void aCandidateReinstatedAfterTheBallotWasFixedIsBackOnItAndCanWin() throws Exception {
        String election = stories.call("complaint reinstated");
        Contest contest = stories.twoRegisteredCandidates(election);
        stories.advanceTo(election, "2026-08-18T18:00:00+05:00");
        stories.superviseAll(election);

        at("2026-08-20T10:00:00+05:00");
        ProcessInstance deregistration = submit(request(election, ComplaintSubject.REGISTRATION_DECISION,
                contest.secondNomination(), "2026-08-10", "ru"));
        runJobs(deregistration);
        decide(deregistration, Map.of("decision", "UPHOLD", "reasons", "The declared income omits a salary",
                "remedy", "DEREGISTER", "remedyNomination", contest.secondNomination(),
                "remedyGround", "FALSE_DECLARATION_DATA"));
        runJobs(deregistration);
        stories.runDueJobs(election);
        assertThat(candidates.byReference(contest.secondNomination()).status()).isEqualTo(NominationStatus.DEREGISTERED);

        stories.advanceTo(election, "2026-08-23T18:00:00+05:00");
        stories.superviseAll(election);
        assertThat(ballots.ballot(election)).extracting(BallotEntry::registrationNumber).containsExactly(contest.first());

        at("2026-08-25T10:00:00+05:00");
        ProcessInstance reinstatement = submit(request(election, ComplaintSubject.REGISTRATION_DECISION,
                contest.secondNomination(), "2026-08-20", "ru"));
        runJobs(reinstatement);
        decide(reinstatement, Map.of("decision", "UPHOLD", "reasons", "The salary was declared on page 3",
                "remedy", "REINSTATE", "remedyNomination", contest.secondNomination()));
        runJobs(reinstatement);
        stories.runDueJobs(election);

        assertThat(candidates.byReference(contest.secondNomination()).status()).isEqualTo(NominationStatus.REGISTERED);
        assertThat(ballots.ballot(election)).extracting(BallotEntry::registrationNumber)
                .containsExactly(contest.first(), contest.second());
        assertThat(logged(reinstatement.getBusinessKey())).contains("complaint-decided/ru/" + COMPLAINANT,
                "complaint-decided/ru/" + email(contest.secondNomination()));

        // the restored candidate is counted and can win
        stories.advanceTo(election, "2026-09-13T07:00:00+05:00");
        stories.count(election, 1, new long[] {100, 300, 20});
        stories.count(election, 2, new long[] {50, 200, 10});
        assertThat(results.current(election).orElseThrow().winnerRegistrationNumber()).isEqualTo(contest.second());
    }

    @Test
    void aSameDayReviewEscalatesToSupervisorsBeforeTheEndOfTheDayAndIsMarkedOverdueAfterIt() throws Exception {
        String election = fixtures.election("escalated");
        at("2026-09-11T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.ELECTION_DAY_VIOLATION,
                "Campaign posters on the school", "2026-09-10", "ru"));
        runJobs(instance);
        Complaint complaint = complaints.byNumber(instance.getBusinessKey());
        assertThat(complaint.immediateReview()).isTrue();
        assertThat(complaint.reviewDueAt()).isEqualTo(instant("2026-09-11T23:59:59+05:00"));

        at("2026-09-11T19:59:00+05:00");
        runJobs(instance);
        assertThat(instance).isWaitingAt(REVIEW_COMPLAINT).hasNotPassed(REVIEW_NEARLY_DUE);
        at("2026-09-11T20:00:00+05:00");
        runJobs(instance);
        assertThat(logged(instance.getBusinessKey())).contains("deadline-escalation/ru/tselinograd@election.example.kz");
        Task supervise = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SUPERVISE_COMPLAINT_DEADLINE).singleResult();
        assertThat(supervise).hasCandidateGroup("supervisors");
        taskService.complete(supervise.getId(), Map.of("followUpNote", "Called the commission's chair"));

        at("2026-09-12T00:00:00+05:00");
        runJobs(instance);
        assertThat(instance).hasPassed(RECORD_OVERDUE_REVIEW, OVERDUE_REVIEW_RECORDED)
                .isWaitingAt(REVIEW_COMPLAINT);
        assertThat(complaints.byNumber(instance.getBusinessKey()).reviewOverdueAt())
                .isEqualTo(instant("2026-09-12T00:00:00+05:00"));

        decide(instance, Map.of("decision", "DISMISS", "reasons", "The posters were put up before campaigning ended"));
        runJobs(instance);
        assertThat(instance).hasPassed(ESCALATION_FOLLOWED_UP, COMPLAINT_DECIDED)
                .isWaitingAt(RECORD_COURT_APPEAL);
    }

    // --- the story's steps

    /**
     * Two registered candidates, election day counted and the result established and published: the first
     * candidate wins 350 to 300, thanks to precinct 1 (300 to 50); without precinct 1 the second would win.
     */
    private Contest publishedResultWonAtPrecinctOne(String election) {
        Contest contest = stories.twoRegisteredCandidates(election);
        stories.throughElectionDay(election, new long[] {300, 100, 20}, new long[] {50, 200, 10});
        stories.establishAndPublish(election);
        return contest;
    }

    static ComplaintRequest request(String election, ComplaintSubject subject, String reference, String actDate,
                                    String language) {
        return new ComplaintRequest(election, ComplainantRole.CANDIDATE, "Yerlan Complainant", COMPLAINANT, language,
                subject, reference, LocalDate.parse(actDate), "What happened, as the complainant wrote it.");
    }

    private ProcessInstance submit(ComplaintRequest request) {
        Complaint complaint = complaints.submit(request, "demo-complaints");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.complaintNumber()).singleResult();
        return instance;
    }

    /** Completes the complaint's open complaints-officers task as demo-complaints would in Tasklist. */
    private void decide(ProcessInstance instance, Map<String, Object> variables) {
        Task open = officersTask(instance);
        taskService.claim(open.getId(), "demo-complaints");
        taskService.complete(open.getId(), variables);
    }

    /** The form is refused: the task stays open and the message names the fields. */
    private String rejected(ProcessInstance instance, Map<String, Object> variables) {
        Task open = officersTask(instance);
        taskService.claim(open.getId(), "demo-complaints");
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> taskService.complete(open.getId(), variables));
        assertThat(refused).hasRootCauseInstanceOf(InvalidInputException.class);
        assertThat(officersTask(instance).getId()).isEqualTo(open.getId());
        return refused.getMessage();
    }

    private Task officersTask(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("complaints-officers")
                .includeAssignedTasks().singleResult();
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void runJobs(ProcessInstance instance) {
        fixtures.runJobs(instance.getBusinessKey());
    }

    private String email(String nominationReference) {
        return candidates.byReference(nominationReference).email();
    }

    private List<String> logged(String businessKey) {
        return jdbc.sql("""
                        SELECT template || '/' || language || '/' || recipient FROM election.mail_log
                        WHERE business_key = ? ORDER BY id""")
                .param(businessKey).query(String.class).list();
    }

    private MimeMessage lastMailTo(String address) throws Exception {
        MimeMessage last = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(address)) {
                last = message;
            }
        }
        assertThat(last).as("a mail to " + address).isNotNull();
        return last;
    }

    /** The plain-text part, decoded: Kazakh and Russian mails travel base64-encoded. */
    static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private static void at(String offsetDateTime) {
        ComplaintFixtures.at(offsetDateTime);
    }

    private static java.time.Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static Date date(String offsetDateTime) {
        return Date.from(instant(offsetDateTime));
    }
}
