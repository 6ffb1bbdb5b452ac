package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.audit.Decision;
import kz.election.audit.DecisionLog;
import kz.election.common.ConflictException;
import kz.election.security.Role;
import kz.election.tally.AcceptedProtocol;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stories of precinct-count.bpmn, told through the engine as Tasklist would drive it. */
@ElectionTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrecinctCountProcessTest {

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

    private final List<String> storyInstances = new ArrayList<>();

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    @AfterEach
    void signOutAndResetClock() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @AfterAll
    void coversEveryFlowNodeAndSequenceFlow() {
        ProcessCoverage coverage = ProcessCoverage.of(repositoryService, historyService, CountVariables.PROCESS_ID,
                storyInstances);
        Assertions.assertThat(coverage.missedNodes()).as("flow nodes no story went through").isEmpty();
        Assertions.assertThat(coverage.missedFlows()).as("sequence flows no story took").isEmpty();
    }

    @Test
    void aPassingProtocolIsAcceptedByTheTerritorialCommissionAndNeverChangesAgain() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Story accepted rural district");
        ProcessInstance instance = start(count.electionNumber(), 1);

        assertThat(instance).isWaitingAt(CountVariables.ENTER_PROTOCOL);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), CountVariables.CANDIDATE_LINES).toString())
                .contains("\"registrationNumber\":\"C-1\"", "\"candidateName\":\"Nurlan Bekov\"");

        completeAs(count.memberOfPrecinct1(), Role.PEC_STAFF, instance, CountFixtures.formVariables(CountFixtures.passing()));

        assertThat(instance).hasPassed("runControlChecks").isWaitingAt(CountVariables.ACCEPT_PROTOCOL)
                .variables().containsEntry(CountVariables.CHECKS_PASSED, true);
        long protocolId = ((Number) runtimeService.getVariable(instance.getId(), CountVariables.PROTOCOL_ID)).longValue();
        Assertions.assertThat(protocols.byId(protocolId).status()).isEqualTo(ProtocolStatus.SUBMITTED);
        Assertions.assertThat(protocols.acceptedProtocols(count.electionNumber())).isEmpty();

        completeAs("demo-tec", Role.TEC_STAFF, instance, Map.of("comparedWithPaper", true));

        assertThat(instance).hasPassed("recordAcceptance").isEnded();
        StoredProtocol accepted = protocols.byId(protocolId);
        Assertions.assertThat(accepted.status()).isEqualTo(ProtocolStatus.ACCEPTED);
        Assertions.assertThat(accepted.submittedBy()).isEqualTo(count.memberOfPrecinct1());
        Assertions.assertThat(accepted.acceptedBy()).isEqualTo("demo-tec");
        Assertions.assertThat(protocols.acceptedProtocols(count.electionNumber()))
                .containsExactly(new AcceptedProtocol("1", 1, CountFixtures.passing()));
        Assertions.assertThat(decisionLog.forBusinessKey(count.electionNumber()))
                .extracting(Decision::actor, Decision::decision, Decision::processInstanceId)
                .containsExactly(Assertions.tuple("demo-tec", "PROTOCOL_ACCEPTED", instance.getId()));

        // immutable: the database itself refuses to change an accepted protocol
        assertThatThrownBy(() -> jdbc.sql("UPDATE election.protocol SET ballots_found = 1 WHERE id = ?")
                .param(protocolId).update()).rootCause().hasMessageContaining("can no longer change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE election.protocol_candidate_votes SET votes = 1 WHERE protocol_id = ?")
                .param(protocolId).update()).rootCause().hasMessageContaining("can no longer change");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM election.protocol WHERE id = ?")
                .param(protocolId).update()).rootCause().hasMessageContaining("can no longer change");
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

        ProcessInstance recount = runtimeService.createMessageCorrelation(CountVariables.RECOUNT_MESSAGE)
                .processInstanceBusinessKey(CountVariables.businessKey(count.electionNumber(), 1))
                .setVariable(CountVariables.ELECTION_NUMBER, count.electionNumber())
                .setVariable(CountVariables.PRECINCT_NUMBER, 1)
                .correlateStartMessage();
        storyInstances.add(recount.getId());

        assertThat(recount).hasPassed("openRecountVersion").isWaitingAt(CountVariables.ENTER_PROTOCOL)
                .variables().containsEntry(CountVariables.PROTOCOL_VERSION, 2);
        // until the recount is accepted, the accepted version 1 still counts
        Assertions.assertThat(protocols.acceptedProtocols(count.electionNumber()))
                .extracting(AcceptedProtocol::version).containsExactly(1);

        // the recount moved 10 votes from C-2 to C-1
        acceptProtocol(count, recount, CountFixtures.figures(812L, 700L, 500L, 20L, 180L, 515L, 5L, 310L, 140L, 60L));

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

    private void acceptProtocol(CountFixtures.Count count, ProcessInstance instance, ProtocolFigures figures) {
        completeAs(count.memberOfPrecinct1(), Role.PEC_STAFF, instance, CountFixtures.formVariables(figures));
        completeAs("demo-tec", Role.TEC_STAFF, instance, Map.of());
        assertThat(instance).isEnded();
    }

    private ProcessInstance start(String electionNumber, int precinctNumber) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CountVariables.PROCESS_ID,
                CountVariables.businessKey(electionNumber, precinctNumber),
                Map.of(CountVariables.ELECTION_NUMBER, electionNumber, CountVariables.PRECINCT_NUMBER, precinctNumber));
        storyInstances.add(instance.getId());
        return instance;
    }

    /** Completes the instance's open task as that member would in Tasklist; assertions then read as the system again. */
    private void completeAs(String userId, Role role, ProcessInstance instance, Map<String, Object> variables) {
        var open = task(instance);
        identityService.setAuthentication(userId, List.of(role.groupId()));
        try {
            complete(open, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
