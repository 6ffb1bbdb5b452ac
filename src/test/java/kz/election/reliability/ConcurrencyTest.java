package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.precinct.CountVariables;
import kz.election.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two staff completing the same task, or submitting the same protocol, at the same
 * moment: exactly one wins, the other gets a clear 409, and the database holds no duplicate.
 */
@ElectionTest
class ConcurrencyTest {

    private static final int PRECINCTS = 4;

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    private Api api;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void twoMembersSubmittingTheSameProtocolAtOnceStoreItOnceAndTheSecondGets409() throws Exception {
        Counts.Election election = counts.open("Concurrent submissions", PRECINCTS);
        List<String> secondMembers = secondMembers(election);

        for (int precinct = 1; precinct <= PRECINCTS; precinct++) {
            String path = "/api/precincts/" + election.number() + "/" + precinct + "/protocol";
            List<Api.Answer> answers = together(
                    () -> api.post(election.member(p(path)), path, Counts.passingProtocol(), UUID.randomUUID().toString()),
                    () -> api.post(secondMembers.get(p(path) - 1), path, Counts.passingProtocol(),
                            UUID.randomUUID().toString()));

            assertThat(answers).extracting(Api.Answer::status).as("%s", answers).containsExactlyInAnyOrder(201, 409);
            Api.Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(loser.contentType()).isEqualTo("application/problem+json");
            assertThat(loser.json().get("detail").asText()).isNotBlank();
        }
        assertThat(rows("""
                SELECT count(*) FROM election.protocol p JOIN election.election e ON e.id = p.election_id
                WHERE e.election_number = ?""", election.number())).isEqualTo(PRECINCTS);
        assertThat(rows("""
                SELECT count(DISTINCT p.precinct_id) FROM election.protocol p JOIN election.election e ON e.id = p.election_id
                WHERE e.election_number = ? AND p.status = 'SUBMITTED'""", election.number())).isEqualTo(PRECINCTS);
    }

    @Test
    void twoTerritorialStaffAcceptingTheSameProtocolAtOnceOverApiOneWinsTheOtherGets409() throws Exception {
        Counts.Election election = counts.open("Concurrent acceptance", PRECINCTS);
        String colleague = counts.member("tec-second-" + UUID.randomUUID().toString().substring(0, 8), Role.TEC_STAFF, DemoRegister.TEC);
        for (int precinct = 1; precinct <= PRECINCTS; precinct++) {
            assertThat(api.post(election.member(precinct), "/api/precincts/" + election.number() + "/" + precinct
                    + "/protocol", Counts.passingProtocol()).status()).isEqualTo(201);
        }

        for (int precinct = 1; precinct <= PRECINCTS; precinct++) {
            String path = "/api/precincts/" + election.number() + "/" + precinct + "/protocol/acceptance";
            List<Api.Answer> answers = together(() -> api.post("demo-tec", path, null),
                    () -> api.post(colleague, path, null));

            assertThat(answers).extracting(Api.Answer::status).as("%s", answers).containsExactlyInAnyOrder(200, 409);
            Api.Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(loser.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(rows("""
                SELECT count(*) FROM election.protocol p JOIN election.election e ON e.id = p.election_id
                WHERE e.election_number = ? AND p.status = 'ACCEPTED'""", election.number())).isEqualTo(PRECINCTS);
        assertThat(rows("""
                SELECT count(*) FROM election.decision_log WHERE business_key = ? AND decision = 'PROTOCOL_ACCEPTED'""",
                election.number())).isEqualTo(PRECINCTS);
        assertThat(rows("""
                SELECT count(*) FROM election.protocol_chain c JOIN election.election e ON e.id = c.election_id
                WHERE e.election_number = ?""", election.number())).isEqualTo(PRECINCTS);
    }

    @Test
    void twoTerritorialStaffClaimingAndCompletingTheSameTaskOverEngineRest() throws Exception {
        Counts.Election election = counts.open("Concurrent engine-rest", PRECINCTS);
        String colleague = counts.member("tec-other-" + UUID.randomUUID().toString().substring(0, 8), Role.TEC_STAFF, DemoRegister.TEC);
        for (int precinct = 1; precinct <= PRECINCTS; precinct++) {
            assertThat(api.post(election.member(precinct), "/api/precincts/" + election.number() + "/" + precinct
                    + "/protocol", Counts.passingProtocol()).status()).isEqualTo(201);
        }

        for (int precinct = 1; precinct <= PRECINCTS; precinct++) {
            String task = acceptTask(election.number(), precinct).getId();
            List<Api.Answer> claims = together(
                    () -> api.post("demo-tec", "/engine-rest/task/" + task + "/claim", Map.of("userId", "demo-tec")),
                    () -> api.post(colleague, "/engine-rest/task/" + task + "/claim", Map.of("userId", colleague)));
            assertOneWins(claims, "claim");
            List<Api.Answer> completions = together(
                    () -> api.post("demo-tec", "/engine-rest/task/" + task + "/complete", Map.of()),
                    () -> api.post(colleague, "/engine-rest/task/" + task + "/complete", Map.of()));
            assertOneWins(completions, "complete");
        }
        assertThat(rows("""
                SELECT count(*) FROM election.protocol p JOIN election.election e ON e.id = p.election_id
                WHERE e.election_number = ? AND p.status = 'ACCEPTED'""", election.number())).isEqualTo(PRECINCTS);
        assertThat(rows("""
                SELECT count(*) FROM election.decision_log WHERE business_key = ? AND decision = 'PROTOCOL_ACCEPTED'""",
                election.number())).isEqualTo(PRECINCTS);
    }

    @Test
    void twoTerritorialStaffCompletingTheSameTaskAtOnceOverEngineRestOneGets204TheOther409() throws Exception {
        Counts.Election election = counts.open("Concurrent completion", PRECINCTS);
        String colleague = counts.member("tec-race-" + UUID.randomUUID().toString().substring(0, 8), Role.TEC_STAFF, DemoRegister.TEC);
        for (int precinct = 1; precinct <= PRECINCTS; precinct++) {
            assertThat(api.post(election.member(precinct), "/api/precincts/" + election.number() + "/" + precinct
                    + "/protocol", Counts.passingProtocol()).status()).isEqualTo(201);
        }

        for (int precinct = 1; precinct <= PRECINCTS; precinct++) {
            String task = acceptTask(election.number(), precinct).getId();
            // neither claimed it: both open the task from their group's list and press "Complete"
            List<Api.Answer> completions = together(
                    () -> api.post("demo-tec", "/engine-rest/task/" + task + "/complete", Map.of()),
                    () -> api.post(colleague, "/engine-rest/task/" + task + "/complete", Map.of()));
            assertOneWins(completions, "complete");
        }
        assertThat(rows("""
                SELECT count(*) FROM election.protocol p JOIN election.election e ON e.id = p.election_id
                WHERE e.election_number = ? AND p.status = 'ACCEPTED'""", election.number())).isEqualTo(PRECINCTS);
        assertThat(rows("""
                SELECT count(*) FROM election.decision_log WHERE business_key = ? AND decision = 'PROTOCOL_ACCEPTED'""",
                election.number())).isEqualTo(PRECINCTS);
        assertThat(rows("""
                SELECT count(*) FROM election.protocol_chain c JOIN election.election e ON e.id = c.election_id
                WHERE e.election_number = ?""", election.number())).isEqualTo(PRECINCTS);
    }

    /**
     * The loser of a race over Camunda's REST API gets 409 in Camunda's error form (platform/EngineRestProblems),
     * whichever way the engine noticed it: an optimistic lock, a claim already taken, the task already
     * completed by the winner, or the acceptance step finding the protocol accepted; the message tells a
     * person what happened.
     */
    private static void assertOneWins(List<Api.Answer> answers, String what) {
        assertThat(answers).extracting(Api.Answer::status).as("%s: %s", what, answers).containsExactlyInAnyOrder(204, 409);
        Api.Answer loser = answers.stream().filter(a -> a.status() != 204).findFirst().orElseThrow();
        assertThat(loser.contentType()).startsWith("application/json");
        assertThat(loser.json().get("type").asText()).as("%s", loser).isEqualTo("ConflictException");
        assertThat(loser.json().get("message").asText()).as("%s", loser).containsAnyOf("at the same moment",
                "already claimed", "was completed by", "only a submitted protocol").doesNotContain("Exception");
    }

    private List<String> secondMembers(Counts.Election election) throws Exception {
        List<String> members = new ArrayList<>();
        for (int precinct = 1; precinct <= PRECINCTS; precinct++) {
            String member = counts.user("pec-second-" + precinct + "-" + UUID.randomUUID().toString().substring(0, 8),
                    Role.PEC_STAFF);
            assertThat(api.post("demo-tec", "/api/precincts/" + election.number() + "/" + precinct + "/staff",
                    Map.of("userId", member)).status()).isEqualTo(204);
            members.add(member);
        }
        return members;
    }

    private Task acceptTask(String electionNumber, int precinct) {
        return taskService.createTaskQuery().processInstanceBusinessKey(CountVariables.businessKey(electionNumber, precinct))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult();
    }

    /** Both calls released at the same instant; their answers in call order. */
    private List<Api.Answer> together(Callable<Api.Answer> first, Callable<Api.Answer> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Api.Answer> a = threads.submit(() -> {
            start.await();
            return first.call();
        });
        Future<Api.Answer> b = threads.submit(() -> {
            start.await();
            return second.call();
        });
        return List.of(a.get(), b.get());
    }

    private long rows(String sql, String electionNumber) {
        return jdbc.sql(sql).param(electionNumber).query(Long.class).single();
    }

    private static int p(String path) {
        return Integer.parseInt(path.split("/")[4]);
    }
}
