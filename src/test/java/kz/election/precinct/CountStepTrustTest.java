package kz.election.precinct;

import static kz.election.model.PrecinctCountModel.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import kz.election.ElectionTest;
import kz.election.SignIn;
import kz.election.TestSmtp;
import kz.election.common.ConflictException;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.UpheldComplaints;
import kz.election.security.Role;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At the steps of precinct-count.bpmn: a task completion writes every variable it is
 * sent into the process, so the steps take the precinct, the protocol and its version from the business
 * key and the database, and re-check that the person completing may act on that precinct.
 */
@ElectionTest
class CountStepTrustTest {

    static final GreenMail smtp = TestSmtp.server();

    @Autowired
    CountFixtures fixtures;
    @Autowired
    ProtocolService protocols;
    @Autowired
    TurnoutService turnout;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    UpheldComplaints complaints;

    @AfterEach
    void signOutAndResetClock() {
        identityService.clearAuthentication();
    }

    @Test
    void aMemberWhoSendsAnotherPrecinctNumberStoresTheProtocolOfTheirOwnPrecinct() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Trust precinct number");
        ProcessInstance first = fixtures.countAtProtocolEntry(count.electionNumber(), 1);
        ProcessInstance second = fixtures.countAtProtocolEntry(count.electionNumber(), 2);

        Map<String, Object> variables = new HashMap<>(CountFixtures.formVariables(CountFixtures.passing()));
        variables.put(CountVariables.PRECINCT_NUMBER, 2);
        variables.put(CountVariables.ELECTION_NUMBER, "2026-RUR-9999");
        complete(count.memberOfPrecinct1(), Role.PEC_STAFF, first, CountVariables.ENTER_PROTOCOL, variables);

        assertThat(protocols.history(count.electionNumber(), 1)).singleElement()
                .satisfies(p -> assertThat(p.submittedBy()).isEqualTo(count.memberOfPrecinct1()));
        assertThat(protocols.history(count.electionNumber(), 2)).isEmpty();
        // precinct 2's own members then enter theirs without a conflict
        complete(count.memberOfPrecinct2(), Role.PEC_STAFF, second, CountVariables.ENTER_PROTOCOL,
                CountFixtures.formVariables(CountFixtures.passing()));
        assertThat(protocols.history(count.electionNumber(), 2)).singleElement()
                .satisfies(p -> assertThat(p.submittedBy()).isEqualTo(count.memberOfPrecinct2()));
    }

    @Test
    void aSentProtocolVersionIsIgnoredTheVersionIsTheDatabasesNext() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Trust protocol version");
        ProcessInstance first = fixtures.countAtProtocolEntry(count.electionNumber(), 1);

        Map<String, Object> variables = new HashMap<>(CountFixtures.formVariables(CountFixtures.passing()));
        variables.put(CountVariables.PROTOCOL_VERSION, 7);
        complete(count.memberOfPrecinct1(), Role.PEC_STAFF, first, CountVariables.ENTER_PROTOCOL, variables);

        assertThat(protocols.history(count.electionNumber(), 1)).extracting(StoredProtocol::version).containsExactly(1);
    }

    @Test
    void anAcceptanceThatSendsAnotherProtocolIdAcceptsTheProtocolOfItsOwnPrecinct() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Trust protocol id");
        ProcessInstance first = fixtures.countAtProtocolEntry(count.electionNumber(), 1);
        ProcessInstance second = fixtures.countAtProtocolEntry(count.electionNumber(), 2);
        complete(count.memberOfPrecinct1(), Role.PEC_STAFF, first, CountVariables.ENTER_PROTOCOL,
                CountFixtures.formVariables(CountFixtures.passing()));
        complete(count.memberOfPrecinct2(), Role.PEC_STAFF, second, CountVariables.ENTER_PROTOCOL,
                CountFixtures.formVariables(CountFixtures.passing()));
        long firstId = protocols.history(count.electionNumber(), 1).get(0).id();
        long secondId = protocols.history(count.electionNumber(), 2).get(0).id();

        complete("demo-tec", Role.TEC_STAFF, second, CountVariables.ACCEPT_PROTOCOL,
                Map.of(CountVariables.PROTOCOL_ID, firstId));

        assertThat(protocols.byId(secondId).status()).isEqualTo(ProtocolStatus.ACCEPTED);
        assertThat(protocols.byId(firstId).status()).isEqualTo(ProtocolStatus.SUBMITTED);
    }

    @Test
    void onlyAMemberBoundToThePrecinctEntersItsProtocolEvenAnAdministratorIsRefused() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Trust protocol member");
        ProcessInstance first = fixtures.countAtProtocolEntry(count.electionNumber(), 1);

        // administrators pass the engine's task grants; the step itself still refuses them
        assertThatThrownBy(() -> complete("demo-admins", Role.ADMINS, first, CountVariables.ENTER_PROTOCOL,
                CountFixtures.formVariables(CountFixtures.passing())))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("demo-admins is not a member of precinct 1");
        assertThat(protocols.history(count.electionNumber(), 1)).isEmpty();
    }

    @Test
    void onlyTheTerritorialCommissionAcceptsEvenAnAdministratorIsRefused() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Trust acceptance member");
        ProcessInstance first = fixtures.countAtProtocolEntry(count.electionNumber(), 1);
        complete(count.memberOfPrecinct1(), Role.PEC_STAFF, first, CountVariables.ENTER_PROTOCOL,
                CountFixtures.formVariables(CountFixtures.passing()));

        assertThatThrownBy(() -> complete("demo-admins", Role.ADMINS, first, CountVariables.ACCEPT_PROTOCOL, Map.of()))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("demo-admins is not a member of the territorial commission");
        assertThat(protocols.history(count.electionNumber(), 1)).extracting(StoredProtocol::status)
                .containsExactly(ProtocolStatus.SUBMITTED);
    }

    @Test
    void aTurnoutReportIsRecordedForTheTasksOwnPrecinctAndHourWhateverTheCompletionSends() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Trust turnout");
        ClockUtil.setCurrentTime(java.util.Date.from(CountFixtures.POLLS_OPEN.toInstant()));
        ProcessInstance first = fixtures.startCount(count.electionNumber(), 1);
        fixtures.executeDueJobs(first.getId());
        String firstHour = turnout.schedule(count.electionNumber(), 1).get(0).hour();
        String laterHour = turnout.schedule(count.electionNumber(), 1).get(1).hour();
        ClockUtil.setCurrentTime(java.util.Date.from(turnout.slot(count.electionNumber(), 1, firstHour).reportAt()
                .plusMinutes(1).toInstant()));
        fixtures.executeDueJobs(first.getId());

        Map<String, Object> variables = new HashMap<>();
        variables.put(CountVariables.BALLOTS_ISSUED, 120L);
        variables.put(CountVariables.PRECINCT_NUMBER, 2);
        variables.put(CountVariables.TURNOUT_REPORT_HOUR, laterHour);
        complete(count.memberOfPrecinct1(), Role.PEC_STAFF, first, CountVariables.REPORT_TURNOUT, variables);

        var precincts = turnout.overview(count.electionNumber()).precincts();
        assertThat(precincts.get(0).reports()).filteredOn(r -> r.ballotsIssued() != null)
                .extracting(TurnoutService.Report::hour, TurnoutService.Report::ballotsIssued)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(firstHour, 120L));
        assertThat(precincts.get(1).reports()).allSatisfy(r -> assertThat(r.ballotsIssued()).isNull());
    }

    @Test
    void aRecountWithoutAnUpheldComplaintOrderingItForThatPrecinctIsRefused() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Trust recount");
        ProcessInstance first = fixtures.countAtProtocolEntry(count.electionNumber(), 1);
        complete(count.memberOfPrecinct1(), Role.PEC_STAFF, first, CountVariables.ENTER_PROTOCOL,
                CountFixtures.formVariables(CountFixtures.passing()));
        complete("demo-tec", Role.TEC_STAFF, first, CountVariables.ACCEPT_PROTOCOL, Map.of());
        ProcessInstance second = fixtures.countAtProtocolEntry(count.electionNumber(), 2);
        complete(count.memberOfPrecinct2(), Role.PEC_STAFF, second, CountVariables.ENTER_PROTOCOL,
                CountFixtures.formVariables(CountFixtures.passing()));
        complete("demo-tec", Role.TEC_STAFF, second, CountVariables.ACCEPT_PROTOCOL, Map.of());
        String forPrecinct2 = complaints.upheld(count.electionNumber(), new Remedy(RemedyKind.RECOUNT, 2, null, null));

        for (String complaint : new String[] {null, count.electionNumber() + "-C999", forPrecinct2}) {
            assertThatThrownBy(() -> {
                var message = runtimeService.createMessageCorrelation(CountVariables.RECOUNT_MESSAGE)
                        .processInstanceBusinessKey(CountVariables.businessKey(count.electionNumber(), 1))
                        .setVariable(CountVariables.ELECTION_NUMBER, count.electionNumber())
                        .setVariable(CountVariables.PRECINCT_NUMBER, 1);
                if (complaint != null) {
                    message.setVariable("complaintNumber", complaint);
                }
                message.correlateStartMessage();
            }).as("complaint %s", complaint).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("Refused: RECOUNT at precinct 1");
        }
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(count.electionNumber(), 1)).count()).isZero();
        assertThat(protocols.history(count.electionNumber(), 1)).extracting(StoredProtocol::status)
                .containsExactly(ProtocolStatus.ACCEPTED);
    }

    @Test
    void aSupervisorsEscalationTaskCannotMoveTheCountToAnotherPrecinctOrVersion() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Trust escalation");
        ProcessInstance first = fixtures.countAtProtocolEntry(count.electionNumber(), 1);
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.OffsetDateTime.parse("2026-09-14T06:00+05:00").toInstant()));
        fixtures.executeDueJobs(first.getId());

        Map<String, Object> variables = new HashMap<>();
        variables.put("countFollowUp", "Called the chair");
        variables.put(CountVariables.PRECINCT_NUMBER, 2);
        variables.put(CountVariables.PROTOCOL_VERSION, 3);
        complete("demo-supervisors", Role.SUPERVISORS, first, SUPERVISE_COUNT, variables);
        complete(count.memberOfPrecinct1(), Role.PEC_STAFF, first, CountVariables.ENTER_PROTOCOL,
                CountFixtures.formVariables(CountFixtures.passing()));

        assertThat(protocols.history(count.electionNumber(), 1)).extracting(StoredProtocol::version).containsExactly(1);
        assertThat(protocols.history(count.electionNumber(), 2)).isEmpty();
    }

    private void complete(String userId, Role role, ProcessInstance instance, String taskKey,
                          Map<String, Object> variables) {
        Task open = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .list().stream().findFirst().orElseThrow(() -> new AssertionError("no open " + taskKey));
        SignIn.as(identityService, userId, role.groupId());
        try {
            taskService.complete(open.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
