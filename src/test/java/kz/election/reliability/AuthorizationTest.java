package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.precinct.CountVariables;
import kz.election.model.PrecinctCountModel;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A precinct member cannot see, claim or complete another precinct's task over
 * /engine-rest, /api or the Tasklist's own API; nothing answers without a login; supervisors read tasks
 * but cannot work them.
 */
@ElectionTest
class AuthorizationTest {

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    TaskService taskService;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aPrecinctMemberCannotSeeClaimOrCompleteAnotherPrecinctsTaskOverEngineRestOrApi() throws Exception {
        Counts.Election election = counts.open("Authorization precincts", 2);
        String own = entryTask(election, 2);
        String other = entryTask(election, 1);
        String member = election.member(2);

        Api.Answer listed = api.get(member, "/engine-rest/task?taskDefinitionKey=enterProtocol&processInstanceBusinessKeyLike="
                + election.number() + "/%25");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(ids(listed.json())).containsExactly(own);
        assertThat(api.get(member, "/engine-rest/task/count?taskDefinitionKey=enterProtocol&processInstanceBusinessKeyLike=" + election.number()
                + "/%25").json().get("count").asInt()).isEqualTo(1);
        assertThat(api.get(member, "/engine-rest/task/" + other).status()).isIn(403, 404);
        assertThat(api.get(member, "/engine-rest/task/" + other + "/variables").status()).isIn(403, 404);
        assertThat(api.get(member, "/engine-rest/task/" + other + "/form-variables").status()).isIn(403, 404);
        assertThat(api.post(member, "/engine-rest/task/" + other + "/claim", Map.of("userId", member)).status())
                .isEqualTo(403);
        assertThat(api.post(member, "/engine-rest/task/" + other + "/assignee", Map.of("userId", member)).status())
                .isEqualTo(403);
        assertThat(api.post(member, "/engine-rest/task/" + other + "/complete", Map.of()).status()).isEqualTo(403);
        assertThat(api.post(member, "/engine-rest/task/" + other + "/submit-form", Map.of()).status()).isEqualTo(403);
        assertThat(api.get(member, "/engine-rest/history/task?processInstanceBusinessKey=" + election.number() + "/P1")
                .json()).isEmpty();

        Api.Answer posted = api.post(member, "/api/precincts/" + election.number() + "/1/protocol",
                Counts.passingProtocol());
        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.contentType()).isEqualTo("application/problem+json");
        assertThat(api.post(member, "/api/precincts/" + election.number() + "/1/protocol/acceptance", null).status())
                .isEqualTo(403);

        // the task of precinct 1 is untouched, and its own member still works it
        assertThat(taskService.createTaskQuery().taskId(other).singleResult().getAssignee()).isNull();
        assertThat(api.post(election.member(1), "/engine-rest/task/" + other + "/claim",
                Map.of("userId", election.member(1))).status()).isEqualTo(204);
    }

    @Test
    void aPrecinctMemberSeesOnlyTheirOwnPrecinctInTheTasklistToo() throws Exception {
        Counts.Election election = counts.open("Authorization tasklist", 2);
        String own = entryTask(election, 2);
        String other = entryTask(election, 1);
        TasklistSession tasklist = new TasklistSession(port, election.member(2));

        HttpResponse<String> listed = tasklist.get("/camunda/api/engine/engine/default/task?taskDefinitionKey=enterProtocol&processInstanceBusinessKeyLike="
                + election.number() + "/%25");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(ids(Api.JSON.readTree(listed.body()))).containsExactly(own);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/task/" + other + "/claim",
                "{\"userId\": \"" + election.member(2) + "\"}").statusCode()).isEqualTo(403);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/task/" + other + "/submit-form",
                "{\"variables\": {}}").statusCode()).isEqualTo(403);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/task/" + own + "/claim",
                "{\"userId\": \"" + election.member(2) + "\"}").statusCode()).isEqualTo(204);
    }

    @Test
    void nothingAnswersWithoutALogin() throws Exception {
        Counts.Election election = counts.open("Authorization anonymous", 1);
        String task = entryTask(election, 1);
        List<String> paths = List.of("/engine-rest/task", "/engine-rest/task/" + task, "/engine-rest/process-instance",
                "/engine-rest/history/task", "/engine-rest/incident", "/engine-rest/user", "/engine-rest/deployment",
                "/api/me", "/api/elections", "/api/elections/" + election.number(),
                "/api/elections/" + election.number() + "/ballot", "/api/elections/" + election.number() + "/audit",
                "/api/precincts/" + election.number() + "/1/protocols", "/api/decisions?businessKey=" + election.number());
        for (String path : paths) {
            Api.Answer answer = api.get(null, path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.contentType()).as(path).isEqualTo("application/problem+json");
        }
        Api.Answer post = api.post(null, "/engine-rest/task/" + task + "/complete", Map.of());
        assertThat(post.status()).isEqualTo(401);
        assertThat(api.post(null, "/api/precincts/" + election.number() + "/1/protocol", Counts.passingProtocol())
                .status()).isEqualTo(401);
        assertThat(api.get("demo-tec", "/engine-rest/task/" + task).status()).as("tec-staff hold no grant on precinct tasks").isIn(403, 404);

        // the webapps' own API (Tasklist, Cockpit, Admin) without a session
        for (String path : List.of("/camunda/api/engine/engine/default/task",
                "/camunda/api/engine/engine/default/process-instance", "/camunda/api/engine/engine/default/user",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/admin/auth/user/default")) {
            Api.Answer answer = api.get(null, path);
            assertThat(answer.status()).as(path).isIn(401, 403, 404);
            assertThat(answer.body()).as(path).doesNotContain(task);
        }
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    void supervisorsReadTasksButCannotWorkThem() throws Exception {
        Counts.Election election = counts.open("Authorization supervisors", 1);
        String entry = entryTask(election, 1);
        assertThat(api.post(election.member(1), "/api/precincts/" + election.number() + "/1/protocol",
                Counts.passingProtocol()).status()).isEqualTo(201);
        String accept = taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();
        assertThat(entry).isNotEqualTo(accept);

        Api.Answer read = api.get("demo-supervisors", "/engine-rest/task/" + accept);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("taskDefinitionKey").asText()).isEqualTo(PrecinctCountModel.Elements.ACCEPT_PROTOCOL);
        assertThat(ids(api.get("demo-supervisors", "/engine-rest/task?taskDefinitionKey=acceptProtocol&processInstanceBusinessKeyLike="
                + election.number() + "/%25").json())).containsExactly(accept);
        assertThat(api.get("demo-supervisors", "/engine-rest/history/task?processInstanceBusinessKey="
                + election.number() + "/P1&taskDefinitionKey=enterProtocol").json()).hasSize(1);

        assertThat(api.post("demo-supervisors", "/engine-rest/task/" + accept + "/claim",
                Map.of("userId", "demo-supervisors")).status()).isEqualTo(403);
        assertThat(api.post("demo-supervisors", "/engine-rest/task/" + accept + "/complete", Map.of()).status())
                .isEqualTo(403);
        assertThat(api.post("demo-supervisors", "/engine-rest/task/" + accept + "/variables/note",
                Map.of("value", "x")).status()).isIn(403, 405);
        assertThat(api.post("demo-supervisors", "/api/precincts/" + election.number() + "/1/protocol/acceptance", null)
                .status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(accept).singleResult()).isNotNull();
    }

    private String entryTask(Counts.Election election, int precinct) {
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election.number(), precinct))
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult().getId();
    }

    private static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }
}
