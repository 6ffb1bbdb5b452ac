package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRequest;
import kz.election.ruleset.NominationType;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ElectionModel;
import kz.election.model.PrecinctCountModel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /api/elections/{n}/audit lists every human decision of the election, who, when and what, from
 * Camunda's history joined with the decision log, and picks up decisions other processes add later.
 */
@ElectionTest
class AuditTrailTest {

    static final GreenMail smtp = TestSmtp.server();

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    NominationFiling candidates;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    DecisionLog decisionLog;
    @Autowired
    TransactionTemplate transactions;

    private Api api;

    @BeforeEach
    void duringTheNominationWindow() {
        api = new Api(port);
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
    }

    @Test
    void listsRegistrationAndProtocolDecisionsWithWhoWhenAndWhatFromHistoryAndTheDecisionLog() throws Exception {
        Counts.Election election = counts.open("Audit", 2);
        String reference = registerCandidate(election.number());
        String protocolPath = "/api/precincts/" + election.number() + "/1/protocol";
        assertThat(api.post(election.member(1), protocolPath, Counts.passingProtocol()).status()).isEqualTo(201);
        assertThat(api.post("demo-tec", protocolPath + "/acceptance", null).status()).isEqualTo(200);

        Api.Answer answer = api.get("demo-supervisors", "/api/elections/" + election.number() + "/audit");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        JsonNode registered = only(answer.json(), "REGISTERED");
        assertThat(registered.get("actor").asText()).isEqualTo("demo-tec");
        assertThat(registered.get("businessKey").asText()).isEqualTo(reference);
        assertThat(registered.get("processDefinitionKey").asText()).isEqualTo("candidateRegistration");
        assertThat(registered.get("taskName").asText()).isEqualTo("Review nomination");
        assertThat(registered.get("completedBy").asText()).isEqualTo("demo-tec");
        assertThat(registered.get("at").asText()).isEqualTo("2026-08-10T10:00:00+05:00");
        assertThat(registered.get("sources")).extracting(JsonNode::asText)
                .containsExactly("decision_log", "camunda_history");

        JsonNode accepted = only(answer.json(), "PROTOCOL_ACCEPTED");
        assertThat(accepted.get("actor").asText()).isEqualTo("demo-tec");
        assertThat(accepted.get("activityId").asText()).isEqualTo(PrecinctCountModel.Elements.ACCEPT_PROTOCOL);
        assertThat(accepted.get("taskName").asText()).isEqualTo("Accept the precinct protocol");
        // completed over /api without a claim: who completed it comes from the engine's user operation log
        assertThat(accepted.get("completedBy").asText()).isEqualTo("demo-tec");
        assertThat(accepted.get("details").get("precinctNumber").asInt()).isEqualTo(1);
        assertThat(accepted.get("sources")).hasSize(2);

        JsonNode entered = answer.json().findParents("activityId").stream()
                .filter(e -> PrecinctCountModel.Elements.ENTER_PROTOCOL.equals(e.get("activityId").asText())).findFirst().orElseThrow();
        assertThat(entered.get("decision").asText()).isEqualTo("TASK_COMPLETED");
        assertThat(entered.get("actor").asText()).isEqualTo(election.member(1));
        assertThat(entered.get("businessKey").asText()).isEqualTo(election.number() + "/P1");
        assertThat(entered.get("sources")).extracting(JsonNode::asText).containsExactly("camunda_history");
    }

    @Test
    void decisionsThatOtherProcessesRecordLaterAppearWithoutAChangeHere() throws Exception {
        Counts.Election election = counts.open("Audit generic", 1);
        Counts.Election other = counts.open("Audit other", 1);
        transactions.executeWithoutResult(status -> {
            decisionLog.record(new DecisionEntry("demo-complaints", election.number() + "-C001", null,
                    "decideComplaint", "COMPLAINT_DISMISSED", "Filed after the deadline", "{}"));
            decisionLog.record(new DecisionEntry("demo-maslikhat", "NC-2026-7001", null, "recordVote",
                    "MOTION_ADOPTED", "21 of 30 deputies", "{\"electionNumber\": \"" + election.number() + "\"}"));
            decisionLog.record(new DecisionEntry("demo-tec", election.number(), null, ElectionModel.Elements.ESTABLISH_RESULT,
                    "RESULT_ESTABLISHED", null, "{\"version\": 1}"));
            decisionLog.record(new DecisionEntry("demo-complaints", other.number() + "-C001", null,
                    "decideComplaint", "COMPLAINT_UPHELD", "Not this election", "{}"));
        });

        JsonNode audit = api.get("demo-admins", "/api/elections/" + election.number() + "/audit").json();

        List<String> decisions = new ArrayList<>();
        audit.forEach(entry -> decisions.add(entry.get("decision").asText() + " by " + entry.get("actor").asText()));
        assertThat(decisions).containsExactly("COMPLAINT_DISMISSED by demo-complaints",
                "MOTION_ADOPTED by demo-maslikhat", "RESULT_ESTABLISHED by demo-tec");
    }

    @Test
    void onlySupervisorsAndAdminsReadTheAuditTrail() throws Exception {
        Counts.Election election = counts.open("Audit access", 1);
        String path = "/api/elections/" + election.number() + "/audit";

        assertThat(api.get(null, path).status()).isEqualTo(401);
        for (String user : List.of("demo-tec", "demo-pec", election.member(1), "demo-complaints", "demo-maslikhat")) {
            Api.Answer refused = api.get(user, path);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(api.get("demo-supervisors", path).status()).isEqualTo(200);
        assertThat(api.get("demo-admins", path).status()).isEqualTo(200);
        Api.Answer unknown = api.get("demo-supervisors", "/api/elections/2026-RUR-9997/audit");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
    }

    /** Files a party nomination, mails its receipt and registers it over /engine-rest as demo-tec. */
    private String registerCandidate(String electionNumber) throws Exception {
        Map<String, LocalDate> documents = new java.util.HashMap<>();
        for (String code : List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE",
                "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT")) {
            documents.put(code, LocalDate.parse("2026-08-10"));
        }
        Nomination nomination = candidates.nominate(electionNumber, new NominationRequest("Aigerim Sadykova",
                "800515300126", LocalDate.parse("1980-05-15"), "KZ", "Kosshy, 1 Abai street", "candidate@example.kz",
                "ru", NominationType.PARTY, "Amanat", documents, 0, null, true, true, true), "demo-tec");
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.referenceNumber()).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        Task review = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION)
                .singleResult();
        assertThat(api.post("demo-tec", "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "demo-tec"))
                .status()).isEqualTo(204);
        Api.Answer completed = api.post("demo-tec", "/engine-rest/task/" + review.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "REGISTER"),
                        "declarationsConfirmed", Map.of("value", true), "qualificationMet", Map.of("value", true))));
        assertThat(completed.status()).as("%s", completed).isEqualTo(204);
        return nomination.referenceNumber();
    }

    private static JsonNode only(JsonNode audit, String decision) {
        List<JsonNode> found = new ArrayList<>();
        audit.forEach(entry -> {
            if (decision.equals(entry.get("decision").asText())) {
                found.add(entry);
            }
        });
        assertThat(found).as("%s in %s", decision, audit).hasSize(1);
        return found.get(0);
    }
}
