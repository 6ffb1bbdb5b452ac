package kz.election.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.audit.Decision;
import kz.election.audit.DecisionLog;
import kz.election.candidate.CandidateService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationStatus;
import kz.election.common.InvalidInputException;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolStatus;
import kz.election.precinct.StoredProtocol;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * complaint.bpmn told as stories, one election each, on a real PostgreSQL and GreenMail: every outcome
 * (inadmissible, dismissed, upheld with each kind of remedy, appealed and ruled on) and the effect each
 * remedy has on the process it is sent to. After the last story every flow node and sequence flow of the
 * model must have been passed.
 *
 * <p>election.bpmn is not on main yet: the remedies sent to the election (precinctAnnulled,
 * electionAnnulled, resultRevisionRequested) are received here by a stand-in process with the election's
 * key and business key, deployed by this class and deleted after it.
 */
@ElectionTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintProcessTest {

    static final String COMPLAINANT = "complainant@example.kz";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired FormService formService;
    @Autowired ComplaintService complaints;
    @Autowired CandidateService candidates;
    @Autowired ProtocolService protocols;
    @Autowired DecisionLog decisionLog;
    @Autowired ComplaintFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private final Set<String> instances = new HashSet<>();
    private final List<String> standInDeployments = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(processEngine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void aLateComplaintIsRecordedAndAnsweredAsInadmissibleNamingTheDeadline() throws Exception {
        String election = fixtures.election("late");
        at("2026-08-20T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.PRECINCT_PROTOCOL, "1", "2026-08-05", "en"));

        assertThat(instance.getBusinessKey()).isEqualTo(election + "-C001");
        assertThat(instance).hasPassed("checkFilingDeadline").isWaitingAt("mailInadmissible");
        runJobs(instance);

        assertThat(instance).isEnded().hasPassed("complaintInadmissible");
        Complaint late = complaints.byNumber(instance.getBusinessKey());
        assertThat(late.status()).isEqualTo(ComplaintStatus.INADMISSIBLE);
        assertThat(late.filingDeadline()).isEqualTo(instant("2026-08-15T23:59:59+05:00"));
        assertThat(logged(instance.getBusinessKey())).containsExactly("complaint-inadmissible/en/" + COMPLAINANT);
        assertThat(plainText(lastMailTo(COMPLAINANT))).contains(instance.getBusinessKey(), "15 August 2026, 23:59 (UTC+5)");
        assertThat(decisionLog.forBusinessKey(instance.getBusinessKey())).singleElement().satisfies(d -> {
            assertThat(d.actor()).isEqualTo(ComplaintService.SYSTEM);
            assertThat(d.decision()).isEqualTo("INADMISSIBLE");
            assertThat(d.reason()).contains("10 days from the act of 2026-08-05");
        });
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
                .processDefinitionKey(ComplaintVariables.PROCESS_ID).latestVersion().singleResult().getId();

        identityService.setAuthentication("demo-complaints", List.of("complaints-officers"));
        Map<String, Object> wrong = new HashMap<>(form);
        wrong.put("subjectReference", "9");
        wrong.put("complainantEmail", "no address");
        assertThatThrownBy(() -> formService.submitStartForm(definition, wrong))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("subjectReference").hasMessageContaining("complainantEmail");
        ProcessInstance instance = formService.submitStartForm(definition, form);
        identityService.clearAuthentication();
        instances.add(instance.getId());
        instance = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();

        // the refused filing gave its number back: numbers are gap-free per election
        assertThat(instance.getBusinessKey()).isEqualTo(election + "-C001");
        assertThat(complaints.byNumber(instance.getBusinessKey()).filedBy()).isEqualTo("demo-complaints");
        runJobs(instance);
        assertThat(logged(instance.getBusinessKey())).containsExactly("complaint-received/kk/" + COMPLAINANT);

        Task review = task(instance);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(ComplaintVariables.REVIEW_TASK);
        assertThat(review).hasCandidateGroup("complaints-officers");
        assertThat(review.getDueDate()).isEqualTo(date("2026-08-25T23:59:59+05:00"));
        assertThat((String) taskService.getVariable(review.getId(), ComplaintVariables.COMPLAINT_SUMMARY))
                .contains("OBSERVER", "PRECINCT_PROTOCOL 2", "Second paragraph").doesNotContain("Dana Observer");
        taskService.claim(review.getId(), "demo-complaints");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "DISMISS")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("reasons");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "UPHOLD", "reasons", "Founded")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("remedy");
        assertThat(instance).isWaitingAt(ComplaintVariables.REVIEW_TASK);

        taskService.complete(review.getId(), Map.of("decision", "DISMISS",
                "reasons", "The list of voters was open for inspection from E-15 as the law requires."));
        assertThat(instance).hasPassed("complaintDecided").isWaitingAt("mailDecision");
        runJobs(instance);
        assertThat(instance).isWaitingAt(ComplaintVariables.APPEAL_TASK);
        assertThat(logged(instance.getBusinessKey())).containsExactly("complaint-received/kk/" + COMPLAINANT,
                "complaint-decided/kk/" + COMPLAINANT);
        assertThat(plainText(lastMailTo(COMPLAINANT))).contains("E-15");
        Complaint decided = complaints.byNumber(instance.getBusinessKey());
        assertThat(decided.decision()).isEqualTo("DISMISSED");
        assertThat(decided.decidedBy()).isEqualTo("demo-complaints");

        // the appeal period (the ruleset's 10 days) ends with no appeal recorded: the decision is final
        at("2026-08-31T00:00:00+05:00");
        runJobs(instance);
        assertThat(instance).isEnded().hasPassed("appealPeriodOver", "decisionFinal");
        assertThat(complaints.publicList(election)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ComplaintStatus.DECIDED);
            assertThat(p.decision()).isEqualTo("DISMISSED");
            assertThat(p.toString()).doesNotContain("Dana Observer", COMPLAINANT, "list of voters");
        });
    }

    @Test
    void anUpheldComplaintOrdersARecountThatOpensANewProtocolVersionOfThatPrecinct() throws Exception {
        String election = fixtures.election("recount");
        fixtures.countPrecinctOne(election);
        at("2026-09-14T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.PRECINCT_PROTOCOL, "1", "2026-09-13", "ru"));
        runJobs(instance);

        assertThat(rejected(instance, Map.of("decision", "UPHOLD", "reasons", "Miscounted", "remedy", "RECOUNT",
                "remedyPrecinct", 7L))).contains("remedyPrecinct", "its precincts are 1, 2");
        assertThat(rejected(instance, Map.of("decision", "UPHOLD", "reasons", "Miscounted", "remedy", "RECOUNT",
                "remedyPrecinct", 2L))).contains("remedyPrecinct", "no accepted protocol");
        decide(instance, Map.of("decision", "UPHOLD", "reasons", "Ballots of C-2 were counted for C-1",
                "remedy", "RECOUNT", "remedyPrecinct", 1L));
        assertThat(instance).isWaitingAt("applyRemedy");
        runJobs(instance);

        // the recount is a new precinctCount instance, opening version 2 of precinct 1's protocol
        ProcessInstance recount = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election, 1)).singleResult();
        assertThat(recount).hasPassed("recountOrdered", "openRecountVersion").isWaitingAt(CountVariables.ENTER_PROTOCOL)
                .variables().containsEntry(CountVariables.PROTOCOL_VERSION, 2)
                .containsEntry(ComplaintVariables.COMPLAINT_NUMBER, instance.getBusinessKey());
        assertThat(protocols.history(election, 1)).extracting(StoredProtocol::version, StoredProtocol::status)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, ProtocolStatus.ACCEPTED));
        assertThat(complaints.byNumber(instance.getBusinessKey()).remedyAppliedAt()).isNotNull();
        assertThat(instance).hasPassed("mailDecision").isWaitingAt(ComplaintVariables.APPEAL_TASK);
        assertThat(logged(instance.getBusinessKey())).contains("complaint-decided/ru/" + COMPLAINANT);
        assertThat(complaints.publicList(election)).singleElement()
                .satisfies(p -> assertThat(p.remedy()).isEqualTo("RECOUNT at precinct 1"));
    }

    @Test
    void aDeregisteredCandidateIsReinstatedWhenTheCourtOverturnsTheDecision() throws Exception {
        String election = fixtures.election("deregistered");
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
        assertThat(instance).isWaitingAt(ComplaintVariables.RULING_TASK);
        assertThat(complaints.byNumber(instance.getBusinessKey()).status()).isEqualTo(ComplaintStatus.APPEALED);

        at("2026-08-28T10:00:00+05:00");
        assertThat(rejected(instance, Map.of("ruling", "OVERTURNED", "ruledOn", "2026-08-27",
                "rulingSummary", "The flat belongs to the candidate's brother"))).contains("remedy");
        decide(instance, Map.of("ruling", "OVERTURNED", "ruledOn", "2026-08-27",
                "rulingSummary", "The flat belongs to the candidate's brother", "remedy", "REINSTATE",
                "remedyNomination", nomination));
        assertThat(instance).isWaitingAt("applyCourtRemedy");
        runJobs(instance);
        fixtures.runJobs(nomination);

        assertThat(instance).isEnded().hasPassed("mailCourtRuling", "courtRulingApplied");
        Nomination reinstated = candidates.byReference(nomination);
        assertThat(reinstated.status()).isEqualTo(NominationStatus.REGISTERED);
        assertThat(reinstated.registrationNumber()).isEqualTo(registrationNumber);
        ProcessInstance candidacy = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nomination)
                .singleResult();
        assertThat(candidacy).hasPassed("reinstatementOrdered", "reinstateCandidate", "mailReinstatement")
                .isWaitingAt("backOnTheBallot");
        assertThat(logged(instance.getBusinessKey())).contains("court-ruling-recorded/en/" + COMPLAINANT,
                "court-ruling-recorded/ru/candidate@example.kz");
        assertThat(plainText(lastMailTo(COMPLAINANT))).contains("7199-26-00-4a/15", nomination);
        assertThat(decisionLog.forBusinessKey(nomination)).extracting(Decision::decision)
                .contains("DEREGISTERED", "REINSTATED");
        assertThat(complaints.publicList(election)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ComplaintStatus.COURT_RULED);
            assertThat(p.courtRuling()).isEqualTo("OVERTURNED");
            assertThat(p.courtRemedy()).isEqualTo("REINSTATE " + nomination);
        });
    }

    @Test
    void anAnnulledPrecinctReachesTheElectionWithTheComplaintNumberAndTheCourtMayUpholdIt() throws Exception {
        String election = fixtures.election("annulled precinct");
        ProcessInstance standIn = electionStandIn(election, "precinctAnnulled", "resultRevisionRequested");
        at("2026-09-13T15:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.ELECTION_DAY_VIOLATION,
                "Ballot stuffing seen at the House of culture", "2026-09-13", "ru"));
        runJobs(instance);
        assertThat(task(instance).getDueDate()).isEqualTo(date("2026-09-13T23:59:59+05:00"));

        decide(instance, Map.of("decision", "UPHOLD", "reasons", "Video shows ballots added after the close",
                "remedy", "ANNUL_PRECINCT", "remedyPrecinct", 2L));
        runJobs(instance);

        assertThat(standIn).isEnded();
        assertThat(received(standIn)).containsEntry("precinctNumber", 2)
                .containsEntry("complaintNumber", instance.getBusinessKey())
                .containsEntry("revisionCause", "complaint " + instance.getBusinessKey());

        at("2026-09-15T10:00:00+05:00");
        decide(instance, Map.of("courtName", "Kosshy district court", "appealedOn", "2026-09-14", "caseNumber", "2-11/2026"));
        decide(instance, Map.of("ruling", "UPHELD_DECISION", "ruledOn", "2026-09-15",
                "rulingSummary", "The annulment was lawful"));
        runJobs(instance);
        assertThat(instance).isEnded().hasPassed("overturnedGateway", "courtRulingApplied").hasNotPassed("applyCourtRemedy");
        assertThat(logged(instance.getBusinessKey())).contains("court-ruling-recorded/ru/" + COMPLAINANT);
    }

    @Test
    void annullingTheElectionNeedsARunningElectionAndReachesItWithTheReason() {
        String election = fixtures.election("annulled election");
        at("2026-09-14T10:00:00+05:00");
        ProcessInstance instance = submit(request(election, ComplaintSubject.RESULT, "Result of 14 September",
                "2026-09-14", "kk"));
        runJobs(instance);
        Map<String, Object> annul = Map.of("decision", "UPHOLD", "reasons", "Violations make a reliable result impossible",
                "remedy", "ANNUL_ELECTION");
        assertThat(rejected(instance, annul)).contains("remedy", "no running election process");

        ProcessInstance standIn = electionStandIn(election, "electionAnnulled");
        decide(instance, annul);
        runJobs(instance);

        assertThat(standIn).isEnded();
        assertThat(received(standIn)).containsEntry("complaintNumber", instance.getBusinessKey())
                .hasEntrySatisfying("annulmentReason", reason -> assertThat(reason.toString())
                        .contains("reliable result impossible"));
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
        assertThat(instance).isWaitingAt(ComplaintVariables.REVIEW_TASK).hasNotPassed("reviewNearlyDue");
        at("2026-09-11T20:00:00+05:00");
        runJobs(instance);
        assertThat(logged(instance.getBusinessKey())).contains("deadline-escalation/ru/tec@election.example.kz");
        Task supervise = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("superviseComplaintDeadline").singleResult();
        assertThat(supervise).hasCandidateGroup("supervisors");
        taskService.complete(supervise.getId(), Map.of("followUpNote", "Called the commission's chair"));

        at("2026-09-12T00:00:00+05:00");
        runJobs(instance);
        assertThat(instance).hasPassed("recordOverdueReview", "overdueReviewRecorded")
                .isWaitingAt(ComplaintVariables.REVIEW_TASK);
        assertThat(complaints.byNumber(instance.getBusinessKey()).reviewOverdueAt())
                .isEqualTo(instant("2026-09-12T00:00:00+05:00"));

        decide(instance, Map.of("decision", "DISMISS", "reasons", "The posters were put up before campaigning ended"));
        runJobs(instance);
        assertThat(instance).hasPassed("escalationFollowedUp", "complaintDecided")
                .isWaitingAt(ComplaintVariables.APPEAL_TASK);
    }

    @AfterAll
    void everyFlowNodeAndSequenceFlowWasPassed() {
        String definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintVariables.PROCESS_ID).latestVersion().singleResult().getId();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition);
        List<Set<String>> passedPerInstance = new ArrayList<>();
        for (String id : instances) {
            Set<String> passed = new HashSet<>();
            historyService.createHistoricActivityInstanceQuery().processInstanceId(id).list()
                    .forEach(a -> passed.add(a.getActivityId()));
            passedPerInstance.add(passed);
        }
        Set<String> nodes = new HashSet<>();
        passedPerInstance.forEach(nodes::addAll);
        List<String> missedNodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .filter(id -> !nodes.contains(id)).toList();
        // a flow counts as passed when one instance passed both its ends (each instance has one start)
        List<String> missedFlows = model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(f -> passedPerInstance.stream().noneMatch(p ->
                        p.contains(f.getSource().getId()) && p.contains(f.getTarget().getId())))
                .map(SequenceFlow::getId).toList();
        standInDeployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        assertThat(missedNodes).as("flow nodes never passed").isEmpty();
        assertThat(missedFlows).as("sequence flows never passed").isEmpty();
    }

    // --- the story's steps

    static ComplaintRequest request(String election, ComplaintSubject subject, String reference, String actDate,
                                    String language) {
        return new ComplaintRequest(election, ComplainantRole.CANDIDATE, "Yerlan Complainant", COMPLAINANT, language,
                subject, reference, LocalDate.parse(actDate), "What happened, as the complainant wrote it.");
    }

    private ProcessInstance submit(ComplaintRequest request) {
        Complaint complaint = complaints.submit(request, "demo-complaints");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.complaintNumber()).singleResult();
        instances.add(instance.getId());
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

    /**
     * A stand-in for election.bpmn (not on main yet) with its key and business key, waiting for the given
     * messages in order; deleted with its history after the class.
     */
    private ProcessInstance electionStandIn(String election, String... messages) {
        var fork = Bpmn.createExecutableProcess(Remedies.ELECTION_PROCESS).name("Election stand-in")
                .camundaHistoryTimeToLive(1).startEvent("standInStarted").name("Started")
                .parallelGateway("waitForAll").name("Wait for every message");
        fork.intermediateCatchEvent(messages[0]).name(messages[0]).message(messages[0])
                .parallelGateway("allReceived").name("All received").endEvent("standInEnded").name("Ended");
        for (int i = 1; i < messages.length; i++) {
            fork.moveToNode("waitForAll").intermediateCatchEvent(messages[i]).name(messages[i]).message(messages[i])
                    .connectTo("allReceived");
        }
        BpmnModelInstance model = fork.done();
        standInDeployments.add(repositoryService.createDeployment().name("election stand-in (ComplaintProcessTest)")
                .addModelInstance("election-stand-in.bpmn", model).deploy().getId());
        return runtimeService.startProcessInstanceByKey(Remedies.ELECTION_PROCESS, election);
    }

    private Map<String, Object> received(ProcessInstance standIn) {
        Map<String, Object> variables = new HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(standIn.getId()).list()
                .forEach((HistoricVariableInstance v) -> variables.put(v.getName(), v.getValue()));
        return variables;
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
