package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.precinct.CountVariables;
import kz.election.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two members completing one task in Tasklist: the second gets 409 with "someone else completed this task" in
 * the language of their browser, as {@code /engine-rest} answers, not Camunda's 500; nothing is done twice.
 */
@ElectionTest
class TasklistRaceTest {

    private static final String TASK = "/camunda/api/engine/engine/default/task/";
    private static final String ACCEPTED = "{\"variables\": {\"comparedWithPaper\": {\"value\": true}}}";

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecondMemberToSubmitATaskFormReadsThatSomeoneElseCompletedItInTheirLanguage() throws Exception {
        Race race = race("Tasklist race, one after the other");
        Counts.Election election = race.election();
        TasklistSession first = race.first();
        TasklistSession second = race.second();

        String task = acceptTask(election, 1);
        assertThat(first.post(TASK + task + "/submit-form", ACCEPTED, "en").statusCode()).isEqualTo(204);
        HttpResponse<String> russian = second.post(TASK + task + "/submit-form", ACCEPTED, "ru-RU,ru;q=0.9,en;q=0.5");
        assertConflict(russian, "Эту задачу уже выполнил другой сотрудник", "Принять протокол участковой комиссии");

        // the member had claimed it: the loser reads who
        String claimed = acceptTask(election, 2);
        taskService.claim(claimed, "demo-tec");
        assertThat(first.post(TASK + claimed + "/complete", ACCEPTED, "en").statusCode()).isEqualTo(204);
        HttpResponse<String> kazakh = second.post(TASK + claimed + "/complete", ACCEPTED, "kk");
        assertConflict(kazakh, "Бұл жұмысты басқа қызметкер орындап қойды", "demo-tec");

        String third = acceptTask(election, 3);
        assertThat(second.post(TASK + third + "/submit-form", ACCEPTED, "kk").statusCode()).isEqualTo(204);
        HttpResponse<String> english = first.post(TASK + third + "/submit-form", ACCEPTED, "de-DE, fr");
        assertConflict(english, "Someone else completed this task", "Accept the precinct protocol");

        assertThat(accepted(election)).isEqualTo(3);
    }

    @Test
    void twoMembersSubmittingOneTaskFormAtTheSameMomentOneWinsTheOtherGets409InTheirLanguage() throws Exception {
        Race race = race("Tasklist race, at once");
        Counts.Election election = race.election();
        TasklistSession first = race.first();
        TasklistSession second = race.second();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int precinct = 1; precinct <= 3; precinct++) {
                String task = acceptTask(election, precinct);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<HttpResponse<String>> a = threads.submit(() -> {
                    start.await();
                    return first.post(TASK + task + "/submit-form", ACCEPTED, "ru");
                });
                Future<HttpResponse<String>> b = threads.submit(() -> {
                    start.await();
                    return second.post(TASK + task + "/submit-form", ACCEPTED, "ru");
                });
                List<HttpResponse<String>> answers = List.of(a.get(), b.get());
                assertThat(answers).extracting(HttpResponse::statusCode).as("%s", answers.stream()
                        .map(HttpResponse::body).toList()).containsExactlyInAnyOrder(204, 409);
                HttpResponse<String> loser = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
                assertConflict(loser, "Эту задачу уже выполнил другой сотрудник", "Принять протокол участковой комиссии");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(accepted(election)).isEqualTo(3);
    }

    /**
     * Who completed a commission's task is told to those its work reached: a member of the next district's
     * commission posting to the completed task's id, at either door, keeps Camunda's answer and learns no name.
     */
    @Test
    void aMemberOfAnotherCommissionLearnsNothingOfWhoCompletedTheTask() throws Exception {
        Race race = race("Tasklist race, an outsider");
        String task = acceptTask(race.election(), 1);
        taskService.claim(task, "demo-tec");
        assertThat(race.first().post(TASK + task + "/complete", ACCEPTED, "en").statusCode()).isEqualTo(204);
        String outsider = counts.member("tec-outsider-" + UUID.randomUUID().toString().substring(0, 8),
                Role.TEC_STAFF, DemoRegister.OTHER_TEC);

        HttpResponse<String> tasklist = new TasklistSession(port, outsider).post(TASK + task + "/complete", ACCEPTED, "en");
        assertThat(tasklist.statusCode()).as(tasklist.body()).isNotEqualTo(409);
        assertThat(tasklist.body()).doesNotContain("demo-tec").doesNotContain("completed this task");

        Api.Answer engineRest = new Api(port).post(outsider, "/engine-rest/task/" + task + "/complete",
                Api.JSON.readTree(ACCEPTED));
        assertThat(engineRest.status()).as("%s", engineRest).isNotEqualTo(409);
        assertThat(engineRest.toString()).doesNotContain("demo-tec").doesNotContain("completed this task");

        // a colleague on the same commission is told, as before
        HttpResponse<String> colleague = race.second().post(TASK + task + "/complete", ACCEPTED, "en");
        assertConflict(colleague, "Someone else completed this task", "demo-tec");
    }

    /** Three precincts' protocols waiting for acceptance, and two territorial members signed in to Tasklist. */
    private record Race(Counts.Election election, TasklistSession first, TasklistSession second) {
    }

    private Race race(String story) throws Exception {
        Counts.Election election = counts.open(story, 3);
        String colleague = counts.member("tec-race-" + UUID.randomUUID().toString().substring(0, 8), Role.TEC_STAFF,
                DemoRegister.TEC);
        submitProtocols(election);
        return new Race(election, new TasklistSession(port, "demo-tec"), new TasklistSession(port, colleague));
    }

    private static void assertConflict(HttpResponse<String> answer, String says, String names) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = Api.JSON.readTree(answer.body());
        assertThat(body.get("type").asText()).isEqualTo("ConflictException");
        // Tasklist's notification shows "message"
        assertThat(body.get("message").asText()).contains(says).contains(names).doesNotContain("Exception");
    }

    private void submitProtocols(Counts.Election election) throws Exception {
        Api api = new Api(port);
        for (int precinct = 1; precinct <= election.precincts(); precinct++) {
            assertThat(api.post(election.member(precinct), "/api/precincts/" + election.number() + "/" + precinct
                    + "/protocol", Counts.passingProtocol()).status()).isEqualTo(201);
        }
    }

    private String acceptTask(Counts.Election election, int precinct) {
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election.number(), precinct))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();
    }

    private long accepted(Counts.Election election) {
        return jdbc.sql("""
                SELECT count(*) FROM election.decision_log WHERE business_key = ? AND decision = 'PROTOCOL_ACCEPTED'""")
                .param(election.number()).query(Long.class).single();
    }
}
