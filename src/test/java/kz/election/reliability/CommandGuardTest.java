package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolStatus;
import kz.election.precinct.StoredProtocol;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ElectionModel;
import kz.election.model.PrecinctCountModel;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person sends through the engine's own doors
 * (/engine-rest and Tasklist's /camunda/api/engine) cannot rewrite what later steps trust, start a
 * process at a step, fire a message, change jobs or deploy a model. Each answer names what was refused
 * and nothing of the request is saved.
 */
@ElectionTest
class CommandGuardTest {

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProtocolService protocols;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aPrecinctMemberCannotEnterTheProtocolForAnotherPrecinctThroughAnyDoor() throws Exception {
        Counts.Election election = counts.open("Guard precinct", 2);
        String own = entryTask(election, 1);
        String member = election.member(1);
        Map<String, Object> forged = form(Map.of("precinctNumber", 2));

        Api.Answer complete = api.post(member, "/engine-rest/task/" + own + "/complete", Map.of("variables", forged));
        assertRefused(complete.status(), complete.body(), "precinctNumber");
        Api.Answer submit = api.post(member, "/engine-rest/task/" + own + "/submit-form", Map.of("variables", forged));
        assertRefused(submit.status(), submit.body(), "precinctNumber");
        TasklistSession tasklist = new TasklistSession(port, member);
        var viaTasklist = tasklist.post("/camunda/api/engine/engine/default/task/" + own + "/submit-form",
                Api.JSON.writeValueAsString(Map.of("variables", forged)));
        assertRefused(viaTasklist.statusCode(), viaTasklist.body(), "precinctNumber");
        // a variable the form does not have at all, and a recount version of one's own choosing
        Api.Answer extra = api.post(member, "/engine-rest/task/" + own + "/complete",
                Map.of("variables", form(Map.of("protocolVersion", 7, "protocolId", 1))));
        assertRefused(extra.status(), extra.body(), "protocolVersion");
        assertThat(extra.body()).contains("protocolId");

        // nothing was saved: both precincts still wait for their own entry, nothing stored
        assertThat(taskService.createTaskQuery().taskId(own).singleResult()).isNotNull();
        assertThat(protocols.history(election.number(), 1)).isEmpty();
        assertThat(protocols.history(election.number(), 2)).isEmpty();
        assertThat(runtimeService.getVariable(taskService.createTaskQuery().taskId(own).singleResult().getExecutionId(),
                "precinctNumber")).isEqualTo(1);

        // what Tasklist sends for real: the form's fields, the read-only ones unchanged
        var honest = tasklist.post("/camunda/api/engine/engine/default/task/" + own + "/submit-form",
                Api.JSON.writeValueAsString(Map.of("variables", form(Map.of("precinctNumber", 1,
                        "electionNumber", election.number())))));
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
        List<StoredProtocol> stored = protocols.history(election.number(), 1);
        assertThat(stored).singleElement().satisfies(protocol -> {
            assertThat(protocol.submittedBy()).isEqualTo(member);
            assertThat(protocol.status()).isEqualTo(ProtocolStatus.SUBMITTED);
        });
        assertThat(protocols.history(election.number(), 2)).isEmpty();
    }

    @Test
    void theTerritorialCommissionCannotAcceptAnotherProtocolThanTheOneWaiting() throws Exception {
        Counts.Election election = counts.open("Guard acceptance", 2);
        for (int precinct = 1; precinct <= 2; precinct++) {
            assertThat(api.post(election.member(precinct), "/api/precincts/" + election.number() + "/" + precinct
                    + "/protocol", Counts.passingProtocol()).status()).isEqualTo(201);
        }
        long otherProtocol = protocols.history(election.number(), 2).get(0).id();
        String accept = taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();

        Api.Answer forged = api.post("demo-tec", "/engine-rest/task/" + accept + "/complete",
                Map.of("variables", Map.of("protocolId", Map.of("value", otherProtocol, "type", "Long"),
                        "comparedWithPaper", Map.of("value", true))));
        assertRefused(forged.status(), forged.body(), "protocolId");
        assertThat(protocols.history(election.number(), 2).get(0).status()).isEqualTo(ProtocolStatus.SUBMITTED);
        assertThat(protocols.history(election.number(), 1).get(0).status()).isEqualTo(ProtocolStatus.SUBMITTED);

        Api.Answer honest = api.post("demo-tec", "/engine-rest/task/" + accept + "/complete",
                Map.of("variables", Map.of("comparedWithPaper", Map.of("value", true))));
        assertThat(honest.status()).as(honest.body()).isEqualTo(204);
        assertThat(protocols.history(election.number(), 1).get(0).status()).isEqualTo(ProtocolStatus.ACCEPTED);
        assertThat(protocols.history(election.number(), 2).get(0).status()).isEqualTo(ProtocolStatus.SUBMITTED);
    }

    @Test
    void theTerritorialCommissionAcceptsTheProtocolAsEnteredAndChangesNoFigure() throws Exception {
        Counts.Election election = counts.open("Guard figures", 1);
        assertThat(api.post(election.member(1), "/api/precincts/" + election.number() + "/1/protocol",
                Counts.passingProtocol()).status()).isEqualTo(201);
        String accept = taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();

        for (String figure : CountVariables.FIGURE_FIELDS) {
            long entered = ((Number) taskService.getVariable(accept, figure)).longValue();
            Api.Answer changed = api.post("demo-tec", "/engine-rest/task/" + accept + "/complete",
                    Map.of("variables", Map.of(figure, Map.of("value", entered + 1, "type", "Long"),
                            "comparedWithPaper", Map.of("value", true))));
            assertRefused(changed.status(), changed.body(), figure);
        }
        assertThat(protocols.history(election.number(), 1).get(0).status()).isEqualTo(ProtocolStatus.SUBMITTED);
    }

    @Test
    void variablesAreWrittenOnlyThroughATasksFormNotBesideIt() throws Exception {
        Counts.Election election = counts.open("Guard variables", 1);
        String own = entryTask(election, 1);
        String member = election.member(1);
        String execution = taskService.createTaskQuery().taskId(own).singleResult().getExecutionId();

        assertThat(api.put(member, "/engine-rest/task/" + own + "/variables/precinctNumber",
                Map.of("value", 2, "type", "Integer")).status()).isEqualTo(403);
        assertThat(api.post(member, "/engine-rest/task/" + own + "/variables",
                Map.of("modifications", Map.of("precinctNumber", Map.of("value", 2, "type", "Integer")))).status())
                .isEqualTo(403);
        assertThat(api.send(api.request(member, "/engine-rest/task/" + own + "/variables/precinctNumber").DELETE())
                .status()).isEqualTo(403);
        assertThat(runtimeService.getVariable(execution, "precinctNumber")).isEqualTo(1);
    }

    @Test
    void aTaskIsWorkedOnlyByItsFormAndOnlyByWhoeverClaimedItThemself() throws Exception {
        Counts.Election election = counts.open("Guard task work", 2);
        String own = entryTask(election, 1);
        String member = election.member(1);
        String stranger = election.member(2);

        // handing one's precinct task to a member of another precinct would grant them work on it
        assertThat(api.post(member, "/engine-rest/task/" + own + "/claim", Map.of("userId", stranger)).status())
                .isEqualTo(403);
        assertThat(api.post(member, "/engine-rest/task/" + own + "/assignee", Map.of("userId", stranger)).status())
                .isIn(403);
        assertThat(api.post(member, "/engine-rest/task/" + own + "/delegate", Map.of("userId", stranger)).status())
                .isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(own).singleResult().getAssignee()).isNull();
        assertThat(api.post(stranger, "/engine-rest/task/" + own + "/complete", Map.of("variables", form(Map.of())))
                .status()).isEqualTo(403);

        // no BPMN error or escalation thrown from the task with variables, no moved deadline
        assertThat(api.post(member, "/engine-rest/task/" + own + "/bpmnError", Map.of("errorCode", "protocolRejected",
                "variables", Map.of("precinctNumber", Map.of("value", 2)))).status()).isEqualTo(403);
        assertThat(api.post(member, "/engine-rest/task/" + own + "/bpmnEscalation", Map.of("escalationCode", "late",
                "variables", Map.of("precinctNumber", Map.of("value", 2)))).status()).isEqualTo(403);
        var due = taskService.createTaskQuery().taskId(own).singleResult().getDueDate();
        assertThat(api.put(member, "/engine-rest/task/" + own, Map.of("name", "x", "due", "2099-01-01T00:00:00.000+0000"))
                .status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(own).singleResult().getDueDate()).isEqualTo(due);

        // claiming for oneself is how the work starts
        assertThat(api.post(member, "/engine-rest/task/" + own + "/claim", Map.of("userId", member)).status())
                .isEqualTo(204);
    }

    @Test
    void nobodyButAdminsStartsAtAStepOrFiresAMessage() throws Exception {
        Counts.Election election = counts.open("Guard entrances", 1);
        long instances = runtimeService.createProcessInstanceQuery().count();

        for (String user : NOT_ADMINS) {
            for (String process : List.of("election", "candidateRegistration", "complaint", "noConfidence", "precinctCount")) {
                Api.Answer atAStep = api.post(user, "/engine-rest/process-definition/key/" + process + "/start", Map.of(
                        "businessKey", election.number() + "-X", "skipCustomListeners", true, "startInstructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", firstUserTask(process)))));
                assertThat(atAStep.status()).as(user + " starts " + process + " at a step: " + atAStep.body()).isIn(403);
            }
            // every message of every model, as a start event or to a waiting instance, one at a time or to all
            for (String message : messagesOfTheModels()) {
                Api.Answer fired = api.post(user, "/engine-rest/message", Map.of("messageName", message,
                        "businessKey", election.number(), "processVariables",
                        Map.of("electionNumber", Map.of("value", election.number()))));
                assertThat(fired.status()).as(user + " fires " + message + ": " + fired.body()).isEqualTo(403);
                Api.Answer toAll = api.post(user, "/engine-rest/message", Map.of("messageName", message, "all", true));
                assertThat(toAll.status()).as(user + " fires " + message + " to all: " + toAll.body()).isEqualTo(403);
            }
        }
        assertThat(api.post("demo-tec", "/engine-rest/signal", Map.of("name", "anything")).status()).isEqualTo(403);
        // a process without a start form starts only from its election or the election API
        Api.Answer count = api.post("demo-tec", "/engine-rest/process-definition/key/precinctCount/start", Map.of(
                "businessKey", election.number() + "/P9", "variables", Map.of(
                        "electionNumber", Map.of("value", election.number()), "precinctNumber", Map.of("value", 9))));
        assertThat(count.status()).as(count.body()).isIn(403);
        // a start form's fields only
        Api.Answer extra = api.post("demo-tec", "/engine-rest/process-definition/key/candidateRegistration/submit-form",
                Map.of("variables", Map.of("electionNumber", Map.of("value", election.number()),
                        "nominationReference", Map.of("value", election.number() + "-N99"))));
        assertRefused(extra.status(), extra.body(), "nominationReference");

        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void jobsWithoutAProcessAreAdministratorsAlone() throws Exception {
        historyService.cleanUpHistoryAsync(true);
        Job cleanup = managementService.createJobQuery().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
        int retries = cleanup.getRetries();
        for (String user : List.of("demo-tec", "demo-pec", "demo-supervisors", "demo-complaints")) {
            assertThat(api.put(user, "/engine-rest/job/" + cleanup.getId() + "/retries", Map.of("retries", 0)).status())
                    .as(user).isEqualTo(403);
            assertThat(api.put(user, "/engine-rest/job/" + cleanup.getId() + "/duedate",
                    Map.of("duedate", "2030-01-01T00:00:00.000+0000")).status()).as(user).isEqualTo(403);
            assertThat(api.post(user, "/engine-rest/job/" + cleanup.getId() + "/execute", null).status()).as(user).isEqualTo(403);
        }
        assertThat(managementService.createJobQuery().jobId(cleanup.getId()).singleResult().getRetries()).isEqualTo(retries);
        assertThat(api.put("demo-admins", "/engine-rest/job/" + cleanup.getId() + "/retries", Map.of("retries", retries))
                .status()).isEqualTo(204);
    }

    @Test
    void modelsComeOnlyFromTheReleaseNotFromAnAdministratorAtRunTime() throws Exception {
        long deployments = repositoryService.createDeploymentQuery().count();
        String boundary = "----guard";
        String model = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"x\"><bpmn:process id=\"rogue\" isExecutable=\"true\""
                + " camunda:historyTimeToLive=\"1\"><bpmn:startEvent id=\"s\"/></bpmn:process></bpmn:definitions>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nrogue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"rogue.bpmn\"; filename=\"rogue.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
        Api.Answer deployed = api.send(api.request("demo-admins", "/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("rogue").count()).isZero();
    }

    private static final List<String> NOT_ADMINS = List.of("demo-tec", "demo-pec", "demo-complaints", "demo-maslikhat",
            "demo-supervisors");

    /** Every message name the models of bpmn/ declare. */
    private static List<String> messagesOfTheModels() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (var models = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
            for (var model : models.toList()) {
                java.util.regex.Matcher message = java.util.regex.Pattern.compile("<bpmn:message id=\"[^\"]*\" name=\"([^\"]+)\"")
                        .matcher(java.nio.file.Files.readString(model));
                while (message.find()) {
                    names.add(message.group(1));
                }
            }
        }
        assertThat(names).contains(ElectionModel.Messages.ELECTION_ANNULLED, CandidateRegistrationModel.Messages.CANDIDATE_REINSTATEMENT, PrecinctCountModel.Messages.RECOUNT_ORDERED);
        return names.stream().distinct().toList();
    }

    private String firstUserTask(String process) {
        return repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
                        .processDefinitionKey(process).latestVersion().singleResult().getId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).iterator().next().getId();
    }

    /** The enter-protocol form's figures as Tasklist sends them, plus what the test adds. */
    private static Map<String, Object> form(Map<String, Object> more) {
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, Object> figures = new LinkedHashMap<>(Map.of("votersOnList", 812, "ballotsReceived", 700,
                "ballotsIssuedAtStation", 500, "ballotsIssuedAtHome", 20, "ballotsCancelled", 180, "ballotsFound", 515,
                "invalidBallots", 5, "candidate1Votes", 300, "candidate2Votes", 150, "againstAll", 60));
        figures.putAll(more);
        figures.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    private static void assertRefused(int status, String body, String variable) throws Exception {
        assertThat(status).as(body).isEqualTo(400);
        JsonNode json = Api.JSON.readTree(body);
        assertThat(json.get("message").asText()).contains(variable).contains("Nothing was saved");
    }

    private String entryTask(Counts.Election election, int precinct) {
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election.number(), precinct))
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult().getId();
    }
}
