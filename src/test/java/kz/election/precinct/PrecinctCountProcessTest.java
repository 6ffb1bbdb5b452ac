package kz.election.precinct;

import static kz.election.model.PrecinctCountModel.Elements.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import kz.election.ElectionTest;
import kz.election.FullProcessCoverage;
import kz.election.SignIn;
import kz.election.TestSmtp;
import kz.election.common.InvalidInputException;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.UpheldComplaints;
import kz.election.protocol.ProtocolCheck;
import kz.election.protocol.ProtocolFailure;
import kz.election.protocol.ProtocolFields;
import kz.election.protocol.ProtocolFigures;
import org.camunda.bpm.model.bpmn.Bpmn;
import kz.election.audit.Decision;
import kz.election.audit.DecisionLog;
import kz.election.common.ConflictException;
import kz.election.model.PrecinctCountModel;
import kz.election.security.Role;
import kz.election.tally.AcceptedProtocol;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stories of precinct-count.bpmn, told through the engine as Tasklist would drive it: accepted,
 * corrected twice then accepted, a recount version that revises the election's result, turnout on time,
 * late and missing, and the escalation of a protocol nearly due. Together they pass every flow node and
 * sequence flow.
 */
@ElectionTest
@FullProcessCoverage("precinctCount")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrecinctCountProcessTest {

    static final GreenMail smtp = TestSmtp.server();

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProtocolService protocols;
    @Autowired
    DecisionLog decisionLog;
    @Autowired
    CountFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    TurnoutService turnout;
    @Autowired
    CountMessages countMessages;
    @Autowired
    UpheldComplaints complaints;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aPassingProtocolIsAcceptedByTheTerritorialCommissionAndNeverChangesAgain() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story accepted rural district");
        ProcessInstance instance = start(count.electionNumber(), 1);

        assertThat(instance).isWaitingAt(CountVariables.ENTER_PROTOCOL);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), CountVariables.CANDIDATE_LINES).toString())
                .contains("\"registrationNumber\":\"C-1\"", "\"candidateName\":\"Nurlan Bekov\"");

        completeAs(count.memberOfPrecinct1(), Role.PEC_STAFF, instance, CountFixtures.formVariables(CountFixtures.passing()));

        assertThat(instance).hasPassed(RUN_CONTROL_CHECKS).isWaitingAt(CountVariables.ACCEPT_PROTOCOL)
                .variables().containsEntry(CountVariables.CHECKS_PASSED, true);
        long protocolId = ((Number) runtimeService.getVariable(instance.getId(), CountVariables.PROTOCOL_ID)).longValue();
        Assertions.assertThat(protocols.byId(protocolId).status()).isEqualTo(ProtocolStatus.SUBMITTED);
        Assertions.assertThat(protocols.acceptedProtocols(count.electionNumber())).isEmpty();

        completeAs("demo-tec", Role.TEC_STAFF, instance, Map.of("comparedWithPaper", true));

        assertThat(instance).hasPassed(RECORD_ACCEPTANCE).isEnded();
        StoredProtocol accepted = protocols.byId(protocolId);
        Assertions.assertThat(accepted.status()).isEqualTo(ProtocolStatus.ACCEPTED);
        Assertions.assertThat(accepted.submittedBy()).isEqualTo(count.memberOfPrecinct1());
        Assertions.assertThat(accepted.acceptedBy()).isEqualTo("demo-tec");
        Assertions.assertThat(protocols.acceptedProtocols(count.electionNumber()))
                .containsExactly(new AcceptedProtocol("1", 1, CountFixtures.passing()));
        Assertions.assertThat(decisionLog.forBusinessKey(count.electionNumber()))
                .extracting(Decision::actor, Decision::decision, Decision::processInstanceId)
                .containsExactly(Assertions.tuple("demo-tec", "PROTOCOL_ACCEPTED", instance.getId()));

        // immutable: the database itself refuses to change an accepted protocol (the application's role has
        // no grant for it; the owner's triggers refuse too: platform/DatabaseRolesTest)
        assertThatThrownBy(() -> jdbc.sql("UPDATE election.protocol SET ballots_found = 1 WHERE id = ?")
                .param(protocolId).update()).rootCause().hasMessageContaining("permission denied for table protocol");
        assertThatThrownBy(() -> jdbc.sql("UPDATE election.protocol_candidate_votes SET votes = 1 WHERE protocol_id = ?")
                .param(protocolId).update()).rootCause().hasMessageContaining("permission denied for table protocol_candidate_votes");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM election.protocol WHERE id = ?")
                .param(protocolId).update()).rootCause().hasMessageContaining("permission denied for table protocol");
        // and a second submission of the same version is a conflict
        assertThatThrownBy(() -> protocols.submit(new ProtocolSubmission(count.electionNumber(), 1, 1,
                CountFixtures.passing(), count.memberOfPrecinct1(), "again-" + protocolId)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is accepted (version 1)");
    }

    @Test
    void aProtocolCorrectedTwiceGoesBackWithEveryFailedCheckNamedAndIsThenAccepted() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story corrected rural district");
        ProcessInstance instance = start(count.electionNumber(), 1);
        String member = count.memberOfPrecinct1();

        // found 600 is more than issued 520, and the votes do not add up to it
        completeAs(member, Role.PEC_STAFF, instance, CountFixtures.formVariables(
                CountFixtures.figures(812L, 700L, 500L, 20L, 180L, 600L, 5L, 300L, 150L, 60L)));

        assertThat(instance).isWaitingAt(CountVariables.ENTER_PROTOCOL)
                .variables().containsEntry(CountVariables.CHECKS_PASSED, false);
        String failures = (String) runtimeService.getVariable(instance.getId(), CountVariables.CONTROL_CHECK_FAILURES);
        Assertions.assertThat(failures.lines()).hasSize(2)
                .anySatisfy(line -> Assertions.assertThat(line).startsWith("ballotsFound, ballotsIssuedAtStation"))
                .anySatisfy(line -> Assertions.assertThat(line).startsWith("invalidBallots, candidateVotes[C-1]"));
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), CountVariables.FAILED_FIELDS).toString())
                .contains("\"ballotsFound\"", "\"candidateVotes[C-2]\"", "\"againstAll\"");

        // second try: a blank line
        Map<String, Object> blank = CountFixtures.formVariables(CountFixtures.passing());
        blank.put(ProtocolFields.INVALID_BALLOTS, null);
        completeAs(member, Role.PEC_STAFF, instance, blank);
        assertThat(instance).isWaitingAt(CountVariables.ENTER_PROTOCOL);
        Assertions.assertThat((String) runtimeService.getVariable(instance.getId(), CountVariables.CONTROL_CHECK_FAILURES))
                .isEqualTo("invalidBallots: invalidBallots is blank; enter 0 if there were none");

        completeAs(member, Role.PEC_STAFF, instance, CountFixtures.formVariables(CountFixtures.passing()));
        assertThat(instance).isWaitingAt(CountVariables.ACCEPT_PROTOCOL);
        Assertions.assertThat((String) runtimeService.getVariable(instance.getId(), CountVariables.CONTROL_CHECK_FAILURES))
                .isEmpty();

        completeAs("demo-tec", Role.TEC_STAFF, instance, Map.of());
        assertThat(instance).isEnded();

        Assertions.assertThat(protocols.history(count.electionNumber(), 1))
                .extracting(StoredProtocol::version, StoredProtocol::attempt, StoredProtocol::status)
                .containsExactly(Assertions.tuple(1, 1, ProtocolStatus.REJECTED),
                        Assertions.tuple(1, 2, ProtocolStatus.REJECTED),
                        Assertions.tuple(1, 3, ProtocolStatus.ACCEPTED));
        Assertions.assertThat(protocols.history(count.electionNumber(), 1).get(0).failures())
                .extracting(ProtocolFailure::check)
                .containsExactly(ProtocolCheck.FOUND_NOT_MORE_THAN_ISSUED, ProtocolCheck.INVALID_PLUS_VOTES_EQUALS_FOUND);
    }

    @Test
    void aRecountAddsAVersionThatSupersedesTheAcceptedOneOnlyWhenItIsAccepted() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story recount rural district");
        acceptProtocol(count, start(count.electionNumber(), 1), CountFixtures.passing());

        // a stand-in for election.bpmn, waiting for the revision request as the contract says it does
        String receiverDeployment = repositoryService.createDeployment().name("revision receiver")
                .addModelInstance("revision-receiver.bpmn", Bpmn.createExecutableProcess("revisionReceiver")
                        .name("Revision receiver").camundaHistoryTimeToLive(1)
                        .startEvent().intermediateCatchEvent().message(CountMessages.RESULT_REVISION_REQUESTED)
                        .userTask("revisionReceived").endEvent().done())
                .deploy().getId();
        try {
            ProcessInstance election = runtimeService.startProcessInstanceByKey("revisionReceiver", count.electionNumber());

            // a recount runs on the stored decision that orders it
            String complaint = complaints.upheld(count.electionNumber(), new Remedy(RemedyKind.RECOUNT, 1, null, null));
            ProcessInstance recount = runtimeService.createMessageCorrelation(CountVariables.RECOUNT_MESSAGE)
                    .processInstanceBusinessKey(CountVariables.businessKey(count.electionNumber(), 1))
                    .setVariable(CountVariables.ELECTION_NUMBER, count.electionNumber())
                    .setVariable(CountVariables.PRECINCT_NUMBER, 1)
                    .setVariable("complaintNumber", complaint)
                    .correlateStartMessage();
            recountIsAcceptedAndRevisesTheResult(count, recount, election);
        } finally {
            repositoryService.deleteDeployment(receiverDeployment, true);
        }
    }

    private void recountIsAcceptedAndRevisesTheResult(CountFixtures.Count count, ProcessInstance recount,
                                                      ProcessInstance election) {

        assertThat(recount).hasPassed(OPEN_RECOUNT_VERSION).isWaitingAt(CountVariables.ENTER_PROTOCOL)
                .variables().containsEntry(CountVariables.PROTOCOL_VERSION, 2);
        // until the recount is accepted, the accepted version 1 still counts
        Assertions.assertThat(protocols.acceptedProtocols(count.electionNumber()))
                .extracting(AcceptedProtocol::version).containsExactly(1);

        // a recount is due countMaxHours after it opened, not on election night
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(recount.getId())
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult().getDueDate())
                .isAfter(new java.util.Date(System.currentTimeMillis() + 11 * 3_600_000L));

        // the recount moved 10 votes from C-2 to C-1
        completeAs(count.memberOfPrecinct1(), Role.PEC_STAFF, recount, CountFixtures.formVariables(
                CountFixtures.figures(812L, 700L, 500L, 20L, 180L, 515L, 5L, 310L, 140L, 60L)));
        completeAs("demo-tec", Role.TEC_STAFF, recount, Map.of());
        // the revision request is a step of its own: a failing election must not undo the acceptance
        assertThat(recount).hasPassed(RECORD_ACCEPTANCE).isWaitingAt(REQUEST_RESULT_REVISION);
        Assertions.assertThat(runtimeService.getVariable(election.getId(), CountMessages.REVISION_CAUSE)).isNull();
        fixtures.executeDueJobs(recount.getId());
        assertThat(recount).hasPassed(REQUEST_RESULT_REVISION).isEnded();
        assertThat(election).isWaitingAt("revisionReceived");
        Assertions.assertThat(runtimeService.getVariable(election.getId(), CountMessages.REVISION_CAUSE))
                .isEqualTo("complaint " + historyService.createHistoricVariableInstanceQuery()
                        .processInstanceId(recount.getId()).variableName("complaintNumber").singleResult().getValue());

        Assertions.assertThat(protocols.history(count.electionNumber(), 1))
                .extracting(StoredProtocol::version, StoredProtocol::status)
                .containsExactly(Assertions.tuple(1, ProtocolStatus.SUPERSEDED), Assertions.tuple(2, ProtocolStatus.ACCEPTED));
        Assertions.assertThat(protocols.acceptedProtocols(count.electionNumber()))
                .singleElement()
                .satisfies(p -> {
                    Assertions.assertThat(p.version()).isEqualTo(2);
                    Assertions.assertThat(p.figures().candidateVotes()).containsEntry("C-1", 310L);
                });
        Assertions.assertThat(decisionLog.forBusinessKey(count.electionNumber()))
                .extracting(Decision::reason)
                .containsExactly(null, "recount supersedes version 1");
    }

    @Test
    void aCountWhoseResultsAreAnnulledEndsWhereverItStandsSoTheElectionStopsWaitingForIt() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story annulled count rural district");
        ProcessInstance instance = start(count.electionNumber(), 1);
        assertThat(instance).isWaitingAt(CountVariables.ENTER_PROTOCOL);

        // sent by the election (its step endAnnulledCount) when a complaint annuls the precinct's results
        Assertions.assertThat(runtimeService.createMessageCorrelation(PrecinctCountModel.Messages.PRECINCT_ANNULLED)
                .processInstanceBusinessKey(CountVariables.businessKey(count.electionNumber(), 1))
                .correlateAllWithResult()).hasSize(1);
        // the open tasks are withdrawn at once; the count ends in a job of its own, apart from the election's step
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(instance).isNotEnded();
        fixtures.executeDueJobs(instance.getId());
        assertThat(instance).hasPassed(PRECINCT_ANNULLED, COUNT_ENDED_ANNULLED).hasNotPassed(RECORD_ACCEPTANCE).isEnded();
        Assertions.assertThat(protocols.acceptedProtocols(count.electionNumber())).isEmpty();
        // an ended count is not an error: the message then finds nobody
        Assertions.assertThat(runtimeService.createMessageCorrelation(PrecinctCountModel.Messages.PRECINCT_ANNULLED)
                .processInstanceBusinessKey(CountVariables.businessKey(count.electionNumber(), 1))
                .correlateAllWithResult()).isEmpty();
    }

    @Test
    void aRevisionRequestThatFindsNoElectionWaitingIsNoError() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story lone revision rural district");

        Assertions.assertThat(countMessages.requestResultRevision(count.electionNumber(), "recount of precinct 1"))
                .isZero();
        Assertions.assertThat(CountMessages.recountCause(null, 2, 3)).isEqualTo("recount of precinct 2, protocol version 3");
        Assertions.assertThat(CountMessages.recountCause(" 2026-RUR-0042-C001 ", 2, 3))
                .isEqualTo("complaint 2026-RUR-0042-C001");
    }

    @Test
    void turnoutIsReportedAtEachReportTimeAndLateOrMissingReportsShow() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story turnout rural district");
        String member = count.memberOfPrecinct1();
        clock("2026-09-13T07:00+05:00");
        ProcessInstance instance = fixtures.startCount(count.electionNumber(), 1);
        fixtures.executeDueJobs(instance.getId());
        assertThat(instance).isWaitingAt(REPORT_TIME_REACHED, POLLS_CLOSED);
        Assertions.assertThat(turnoutTasks(instance)).isEmpty();

        clock("2026-09-13T10:05+05:00");
        fixtures.executeDueJobs(instance.getId());
        Assertions.assertThat(turnoutTasks(instance)).singleElement().satisfies(task -> {
            Assertions.assertThat(task.getDueDate()).isEqualTo(date("2026-09-13T10:30+05:00"));
            Assertions.assertThat(taskService.getVariable(task.getId(), CountVariables.TURNOUT_REPORT_HOUR)).isEqualTo("10:00");
        });
        report(member, instance, "10:00", 120L);

        clock("2026-09-13T12:45+05:00");
        fixtures.executeDueJobs(instance.getId());
        report(member, instance, "12:00", 250L);

        clock("2026-09-13T15:00+05:00");
        fixtures.executeDueJobs(instance.getId());
        // impossible numbers are refused with the field named, and the task stays open
        // (Tasklist shows the engine's message, which names the field; REST answers 400, see ProtocolRestTest)
        assertThatThrownBy(() -> report(member, instance, "14:00", 200L))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ballotsIssued: 200 is less than the 250 reported at 12:00: ballots issued so far never decrease");
        assertThatThrownBy(() -> report(member, instance, "14:00", 900L))
                .hasMessageContaining("ballotsIssued: 900 is more than the 812 voters on the list");
        Assertions.assertThat(turnoutTasks(instance)).hasSize(1);

        TurnoutService.Overview overview = turnout.overview(count.electionNumber());
        Assertions.assertThat(overview.hours()).containsExactly("10:00", "12:00", "14:00", "16:00", "18:00", "20:00");
        Assertions.assertThat(overview.precincts().get(0).reports())
                .extracting(TurnoutService.Report::hour, TurnoutService.Report::status, TurnoutService.Report::ballotsIssued)
                .containsExactly(Assertions.tuple("10:00", TurnoutRules.Status.ON_TIME, 120L),
                        Assertions.tuple("12:00", TurnoutRules.Status.LATE, 250L),
                        Assertions.tuple("14:00", TurnoutRules.Status.MISSING, null),
                        Assertions.tuple("16:00", TurnoutRules.Status.PENDING, null),
                        Assertions.tuple("18:00", TurnoutRules.Status.PENDING, null),
                        Assertions.tuple("20:00", TurnoutRules.Status.PENDING, null));
        Assertions.assertThat(overview.precincts().get(0).reports().get(1).turnoutPercent()).isEqualByComparingTo("30.79");
        // precinct 2 reported nothing at all: missing at 10:00, 12:00 and 14:00
        Assertions.assertThat(overview.late()).isEqualTo(1);
        Assertions.assertThat(overview.missing()).isEqualTo(1 + 3);

        report(member, instance, "14:00", 300L);
        clock("2026-09-13T20:05+05:00");
        fixtures.executeDueJobs(instance.getId());
        report(member, instance, "16:00", 400L);
        report(member, instance, "18:00", 480L);
        report(member, instance, "20:00", 520L);
        // each report's number stayed with its report: none leaks into the next hour's form
        Assertions.assertThat(runtimeService.getVariablesLocal(instance.getId())).doesNotContainKey(CountVariables.BALLOTS_ISSUED);
        assertThat(instance).hasPassed(ALL_TURNOUT_REPORTED, PREPARE_ENTRY, FIX_COUNT_DEADLINE)
                .isWaitingAt(CountVariables.ENTER_PROTOCOL);
        // the entry is due 12 hours after the close of polls
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult().getDueDate())
                .isEqualTo(date("2026-09-14T08:00+05:00"));

        acceptProtocol(count, instance, CountFixtures.passing());
    }

    @Test
    void aProtocolNotEnteredTwoHoursBeforeItsDeadlineIsEscalatedToTheCommissionAndSupervisors() throws Exception {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story escalation rural district");
        ProcessInstance instance = start(count.electionNumber(), 1);
        clock("2026-09-14T05:59+05:00");
        fixtures.executeDueJobs(instance.getId());
        Assertions.assertThat(smtp.getReceivedMessages()).isEmpty();

        clock("2026-09-14T06:00+05:00");
        fixtures.executeDueJobs(instance.getId());

        assertThat(instance).hasPassed(COUNT_NEARLY_DUE, MAIL_COUNT_ESCALATION).isWaitingAt(SUPERVISE_COUNT,
                CountVariables.ENTER_PROTOCOL);
        Assertions.assertThat(smtp.getReceivedMessages()).singleElement().satisfies(mail -> {
            Assertions.assertThat(((jakarta.mail.internet.InternetAddress) mail.getAllRecipients()[0]).getAddress())
                    .isEqualTo("tselinograd@election.example.kz");
            Assertions.assertThat(mail.getSubject()).contains("Protocol of precinct 1");
        });
        var followUp = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SUPERVISE_COUNT).singleResult();
        Assertions.assertThat(followUp.getDueDate()).isEqualTo(date("2026-09-14T08:00+05:00"));
        Assertions.assertThat(taskService.getIdentityLinksForTask(followUp.getId()))
                .extracting(link -> link.getGroupId()).containsExactly(Role.SUPERVISORS.groupId());
        SignIn.as(identityService, "demo-supervisors", Role.SUPERVISORS.groupId());
        try {
            complete(followUp, Map.of("countFollowUp", "Called the chair: the count ends at 07:00"));
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(instance).hasPassed(COUNT_ESCALATION_HANDLED).isWaitingAt(CountVariables.ENTER_PROTOCOL);

        acceptProtocol(count, instance, CountFixtures.passing());
    }

    @Test
    void aRecountOfAPrecinctWithoutAnAcceptedProtocolIsRefused() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story early recount rural district");

        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(CountVariables.RECOUNT_MESSAGE)
                .processInstanceBusinessKey(CountVariables.businessKey(count.electionNumber(), 2))
                .setVariable(CountVariables.ELECTION_NUMBER, count.electionNumber())
                .setVariable(CountVariables.PRECINCT_NUMBER, 2)
                .correlateStartMessage())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("has no accepted protocol to recount");
    }

    private List<org.camunda.bpm.engine.task.Task> turnoutTasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CountVariables.REPORT_TURNOUT).list();
    }

    /** The member fills the turnout form of that hour in Tasklist. */
    private void report(String member, ProcessInstance instance, String hour, Long ballotsIssued) {
        var open = turnoutTasks(instance).stream()
                .filter(task -> hour.equals(taskService.getVariable(task.getId(), CountVariables.TURNOUT_REPORT_HOUR)))
                .findFirst().orElseThrow(() -> new AssertionError("no open turnout report for " + hour));
        SignIn.as(identityService, member, Role.PEC_STAFF.groupId());
        try {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put(CountVariables.BALLOTS_ISSUED, ballotsIssued);
            taskService.complete(open.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static void clock(String at) {
        ClockUtil.setCurrentTime(date(at));
    }

    private static java.util.Date date(String at) {
        return java.util.Date.from(java.time.OffsetDateTime.parse(at).toInstant());
    }

    private void acceptProtocol(CountFixtures.Count count, ProcessInstance instance, ProtocolFigures figures) {
        completeAs(count.memberOfPrecinct1(), Role.PEC_STAFF, instance, CountFixtures.formVariables(figures));
        completeAs("demo-tec", Role.TEC_STAFF, instance, Map.of());
        assertThat(instance).isEnded();
    }

    private ProcessInstance start(String electionNumber, int precinctNumber) {
        ProcessInstance instance = fixtures.countAtProtocolEntry(electionNumber, precinctNumber);
        return instance;
    }

    /** Completes the instance's open task as that member would in Tasklist; assertions then read as the system again. */
    private void completeAs(String userId, Role role, ProcessInstance instance, Map<String, Object> variables) {
        // the count's own task; turnout reports the story leaves aside may still be open beside it
        var open = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(role == Role.PEC_STAFF ? CountVariables.ENTER_PROTOCOL : CountVariables.ACCEPT_PROTOCOL)
                .singleResult();
        SignIn.as(identityService, userId, role.groupId());
        try {
            complete(open, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
