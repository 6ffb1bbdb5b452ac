package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import java.time.LocalDate;
import kz.election.commission.DemoRegister;
import kz.election.commission.Registers;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.ruleset.Level;
import kz.election.precinct.CountVariables;
import kz.election.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One installation, many commissions: a member of district TEC X neither sees, claims, completes nor
 * reads anything of district Y's elections, at any door (/engine-rest, Tasklist's /camunda/api/engine,
 * /api); the oblast commission watches both of its districts without deciding, the next oblast sees
 * neither, the CEC sees all; a complaint lands with the commission above the one whose act it challenges.
 * Tselinograd's TEC is X, Shortandy's next door is Y (the sample register, DemoRegister).
 */
@ElectionTest
class CommissionScopeTest {

    private static final String NEXT_OBLAST_COMMISSION = Counts.NEXT_OBLAST_COMMISSION;

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElectionService elections;
    @Autowired
    Registers registers;

    private Api api;
    private String unique;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
        counts.nextOblast();
    }

    @Test
    void aMemberOfOneTecCannotSeeClaimCompleteOrReadTheNextTecsWork() throws Exception {
        String x = seated("x-tec", Role.TEC_STAFF, DemoRegister.TEC);
        String y = seated("y-tec", Role.TEC_STAFF, DemoRegister.OTHER_TEC);
        Counts.Election inX = counts.open("Scope X", 1, DemoRegister.RURAL_DISTRICT, x);
        Counts.Election inY = counts.open("Scope Y", 1, DemoRegister.OTHER_RURAL_DISTRICT, y);
        String acceptX = protocolWaitingForAcceptance(inX);
        String acceptY = protocolWaitingForAcceptance(inY);

        // X's own member sees and works X's task; Y's member sees only Y's
        assertThat(api.get(x, "/engine-rest/task/" + acceptX).status()).isEqualTo(200);
        assertThat(taskIds(api.get(x, "/engine-rest/task?taskDefinitionKey=acceptProtocol&processInstanceBusinessKey="
                + CountVariables.businessKey(inX.number(), 1)).json())).containsExactly(acceptX);
        // each count belongs to its election's organizing commission
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceOf(acceptX))
                .singleResult().getTenantId()).isEqualTo(DemoRegister.TEC);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceOf(acceptY))
                .singleResult().getTenantId()).isEqualTo(DemoRegister.OTHER_TEC);
        assertThat(taskIds(api.get(y, "/engine-rest/task?taskDefinitionKey=acceptProtocol").json()))
                .contains(acceptY).doesNotContain(acceptX);

        // every door of the engine refuses Y's member on X's task
        assertThat(api.get(y, "/engine-rest/task/" + acceptX).status()).isIn(403, 404);
        assertThat(api.get(y, "/engine-rest/task/" + acceptX + "/variables").status()).isIn(403, 404);
        assertThat(api.get(y, "/engine-rest/task/" + acceptX + "/form-variables").status()).isIn(403, 404);
        assertThat(api.post(y, "/engine-rest/task/" + acceptX + "/claim", Map.of("userId", y)).status()).isIn(403, 404);
        assertThat(api.post(y, "/engine-rest/task/" + acceptX + "/complete", Map.of()).status()).isIn(403, 404);
        String countX = CountVariables.businessKey(inX.number(), 1);
        // demo-supervisors sits on X's TEC and reads its history
        assertThat(api.get("demo-supervisors", "/engine-rest/history/process-instance?processInstanceBusinessKey="
                + countX).json()).hasSize(1);
        assertThat(api.get(y, "/engine-rest/process-instance?businessKey=" + countX).json()).isEmpty();
        assertThat(api.get(y, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + countX).json())
                .isEmpty();
        assertThat(api.get(y, "/engine-rest/history/variable-instance?processInstanceIdIn="
                + processInstanceOf(acceptX)).json()).isEmpty();
        TasklistSession tasklist = new TasklistSession(port, y);
        HttpResponse<String> listed = tasklist.get("/camunda/api/engine/engine/default/task?taskDefinitionKey=acceptProtocol");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(taskIds(Api.JSON.readTree(listed.body()))).contains(acceptY).doesNotContain(acceptX);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + acceptX + "/variables").statusCode())
                .isIn(403, 404);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/task/" + acceptX + "/claim",
                "{\"userId\": \"" + y + "\"}").statusCode()).isIn(403, 404);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/task/" + acceptX + "/submit-form",
                "{\"variables\": {}}").statusCode()).isIn(403, 404);

        // and so does the election API: the election, its protocols, its acceptance, its list entry
        Api.Answer election = api.get(y, "/api/elections/" + inX.number());
        assertThat(election.status()).isEqualTo(403);
        assertThat(election.json().get("detail").asText()).contains(DemoRegister.TEC);
        assertThat(api.get(y, "/api/precincts/" + inX.number() + "/1/protocols").status()).isEqualTo(403);
        assertThat(api.post(y, "/api/precincts/" + inX.number() + "/1/protocol/acceptance", null).status()).isEqualTo(403);
        assertThat(numbers(api.get(y, "/api/elections").json())).contains(inY.number()).doesNotContain(inX.number());
        // nor may Y's member call an election in X's territory
        Api.Answer called = api.post(y, "/api/elections", announcement(DemoRegister.RURAL_DISTRICT));
        assertThat(called.status()).isEqualTo(403);
        assertThat(called.json().get("detail").asText()).contains(DemoRegister.TEC).contains("does not sit on it");

        // nor file a nomination into X's election, over /api or through the nomination's start form
        long nominations = jdbc.sql("SELECT count(*) FROM election.nomination").query(Long.class).single();
        assertThat(api.post(y, "/api/elections/" + inX.number() + "/nominations", Map.of("fullName", "Y's nominee"))
                .status()).isEqualTo(403);
        Api.Answer startForm = api.post(y, "/engine-rest/process-definition/key/candidateRegistration/submit-form",
                Map.of("variables", nominationForm(inX.number())));
        assertThat(startForm.status()).as(startForm.body()).isEqualTo(403);
        assertThat(startForm.body()).contains(DemoRegister.TEC).contains("does not sit on it");
        assertThat(jdbc.sql("SELECT count(*) FROM election.nomination").query(Long.class).single()).isEqualTo(nominations);

        // X's task is untouched, and X's member accepts the protocol
        assertThat(taskService.createTaskQuery().taskId(acceptX).singleResult().getAssignee()).isNull();
        assertThat(api.post(x, "/api/precincts/" + inX.number() + "/1/protocol/acceptance", null).status()).isEqualTo(200);
    }

    @Test
    void theOblastWatchesItsDistrictsWithoutDecidingTheNextOblastSeesNoneAndTheCecSeesAll() throws Exception {
        Counts.Election inX = counts.open("Watch X", 1, DemoRegister.RURAL_DISTRICT, "demo-tec");
        Counts.Election inY = counts.open("Watch Y", 1, DemoRegister.OTHER_RURAL_DISTRICT,
                seated("y-tec", Role.TEC_STAFF, DemoRegister.OTHER_TEC));
        String acceptX = protocolWaitingForAcceptance(inX);
        String acceptY = protocolWaitingForAcceptance(inY);
        String oblast = seated("akmola-supervisor", Role.SUPERVISORS, DemoRegister.OBLAST_COMMISSION);
        String nextOblast = seated("aktobe-supervisor", Role.SUPERVISORS, NEXT_OBLAST_COMMISSION);
        String cec = seated("cec-supervisor", Role.SUPERVISORS, DemoRegister.CEC);

        for (String watcher : List.of(oblast, cec)) {
            for (Counts.Election election : List.of(inX, inY)) {
                assertThat(api.get(watcher, "/engine-rest/process-instance?businessKey="
                        + CountVariables.businessKey(election.number(), 1)).json())
                        .as(watcher + " sees " + election.number()).hasSize(1);
                assertThat(api.get(watcher, "/api/elections/" + election.number()).status()).isEqualTo(200);
            }
            assertThat(api.get(watcher, "/engine-rest/task/" + acceptX).status()).isEqualTo(200);
            // watching is not deciding
            assertThat(api.post(watcher, "/engine-rest/task/" + acceptX + "/claim", Map.of("userId", watcher)).status())
                    .isEqualTo(403);
            assertThat(api.post(watcher, "/engine-rest/task/" + acceptY + "/complete", Map.of()).status()).isEqualTo(403);
        }
        for (Counts.Election election : List.of(inX, inY)) {
            String count = CountVariables.businessKey(election.number(), 1);
            assertThat(api.get(nextOblast, "/engine-rest/process-instance?businessKey=" + count).json()).isEmpty();
            assertThat(api.get(nextOblast, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + count)
                    .json()).isEmpty();
            assertThat(api.get(nextOblast, "/api/elections/" + election.number()).status()).isEqualTo(403);
        }
        assertThat(api.get(nextOblast, "/engine-rest/task/" + acceptX).status()).isIn(403, 404);
        // the decision log too: who decided what in an election is read by the supervisors of its area only
        assertThat(api.get(oblast, "/api/decisions?businessKey=" + inX.number()).status()).isEqualTo(200);
        assertThat(api.get(nextOblast, "/api/decisions?businessKey=" + inX.number()).status()).isEqualTo(403);
        assertThat(numbers(api.get(nextOblast, "/api/elections").json())).doesNotContain(inX.number(), inY.number());
        assertThat(numbers(api.get(oblast, "/api/elections").json())).contains(inX.number(), inY.number());
    }

    @Test
    void aComplaintLandsWithTheCommissionAboveTheOneWhoseActItChallenges() throws Exception {
        Counts.Election election = counts.open("Complaint routing", 1, DemoRegister.RURAL_DISTRICT, "demo-tec");
        String tecOfficer = seated("tec-officer", Role.COMPLAINTS_OFFICERS, DemoRegister.TEC);
        String oblastOfficer = seated("oblast-officer", Role.COMPLAINTS_OFFICERS, DemoRegister.OBLAST_COMMISSION);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-14T06:00:00Z")));

        // a PEC's act (its protocol) goes to the TEC
        Api.Answer refusedAtOblast = api.post(oblastOfficer, "/api/complaints", complaint(election, "PRECINCT_PROTOCOL"));
        assertThat(refusedAtOblast.status()).isEqualTo(403);
        assertThat(refusedAtOblast.json().get("detail").asText()).contains(DemoRegister.TEC);
        Api.Answer aboutPec = api.post(tecOfficer, "/api/complaints", complaint(election, "PRECINCT_PROTOCOL"));
        assertThat(aboutPec.status()).as(aboutPec.body()).isEqualTo(201);
        String pecComplaint = aboutPec.json().get("complaintNumber").asText();
        assertThat(reviewTasks(tecOfficer, pecComplaint)).hasSize(1);
        assertThat(reviewTasks(oblastOfficer, pecComplaint)).isEmpty();

        // a TEC's act (a registration decision, the established result) goes to the oblast commission
        Api.Answer refusedAtTec = api.post(tecOfficer, "/api/complaints", complaint(election, "RESULT"));
        assertThat(refusedAtTec.status()).isEqualTo(403);
        assertThat(refusedAtTec.json().get("detail").asText()).contains(DemoRegister.OBLAST_COMMISSION);
        Api.Answer aboutTec = api.post(oblastOfficer, "/api/complaints", complaint(election, "RESULT"));
        assertThat(aboutTec.status()).as(aboutTec.body()).isEqualTo(201);
        String tecComplaint = aboutTec.json().get("complaintNumber").asText();
        assertThat(reviewTasks(oblastOfficer, tecComplaint)).hasSize(1);
        assertThat(reviewTasks(tecOfficer, tecComplaint)).isEmpty();
        assertThat(jdbc.sql("SELECT reviewer_code FROM election.complaint WHERE complaint_number = ?")
                .param(tecComplaint).query(String.class).single()).isEqualTo(DemoRegister.OBLAST_COMMISSION);
        // the TEC whose act is challenged does not read the oblast's file on it
        assertThat(api.get(tecOfficer, "/api/complaints/" + tecComplaint).status()).isEqualTo(403);
    }

    /** The nomination start form's fields, as Tasklist submits them. */
    private static Map<String, Object> nominationForm(String electionNumber) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("electionNumber", electionNumber);
        fields.put("fullName", "Айгерім Садықова");
        fields.put("iin", "800515300126");
        fields.put("birthDate", "1980-05-15");
        fields.put("citizenship", "KZ");
        fields.put("address", "Қосшы, Абай көшесі 1");
        fields.put("email", "candidate@example.kz");
        fields.put("language", "kk");
        fields.put("nominationType", "PARTY");
        fields.put("partyName", "Amanat");
        fields.put("documents", "APPLICATION,BIOGRAPHY,INCOME_ASSETS_DECLARATION,TAX_CERTIFICATE,CIVIL_SERVICE_PROOF,"
                + "PARTY_DECISION_EXTRACT");
        fields.put("documentsReceivedOn", "2026-08-10");
        fields.put("legalCapacityDeclared", true);
        fields.put("noCriminalRecordDeclared", true);
        fields.put("noCorruptionOffenceDeclared", true);
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    @Test
    void bindingAPrecinctMemberSeatsThemOnThePrecinctCommissionTheRegisterHolds() throws Exception {
        // the sample register holds Tselinograd TEC's precinct commission No. 421
        String number = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL,
                "Akim (PEC seat " + unique + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null,
                "number;address;voters\n421;School No. 421;812\n"), "demo-tec").number();
        String member = counts.user("pec-421-" + unique, Role.PEC_STAFF);

        assertThat(api.post("demo-tec", "/api/precincts/" + number + "/421/staff", Map.of("userId", member)).status())
                .isEqualTo(204);
        assertThat(registers.isMember(member, "PEC-116600000-0421")).isTrue();
        // and now sees the election it is bound to
        assertThat(api.get(member, "/api/elections/" + number).status()).isEqualTo(200);
        // a member of the next TEC binds nobody to Tselinograd's precincts
        String y = seated("y-binder", Role.TEC_STAFF, DemoRegister.OTHER_TEC);
        String other = counts.user("pec-421-other-" + unique, Role.PEC_STAFF);
        assertThat(api.post(y, "/api/precincts/" + number + "/421/staff", Map.of("userId", other)).status())
                .isEqualTo(403);
        assertThat(registers.isMember(other, "PEC-116600000-0421")).isFalse();
    }

    private List<String> reviewTasks(String user, String complaintNumber) throws Exception {
        // the complaint's first steps run as jobs (the tests drive the job executor's work themselves)
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintNumber)
                .singleResult().getId();
        for (int round = 0; round < 10; round++) {
            var jobs = managementService.createJobQuery().processInstanceId(instance).executable().list();
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
        return taskIds(api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + complaintNumber).json());
    }

    private static Map<String, Object> complaint(Counts.Election election, String subject) {
        return Map.of("electionNumber", election.number(), "complainantRole", "OBSERVER",
                "complainantName", "Dana Observer", "complainantEmail", "dana@example.kz", "complainantLanguage", "ru",
                "subject", subject, "subjectReference", "1", "actDate", "2026-09-13",
                "text", "The commission's act is challenged.");
    }

    private Map<String, Object> announcement(String territory) {
        return Map.of("territory", territory, "level", "RURAL", "post", "Akim (scope " + unique + ")",
                "reason", "REGULAR", "callDate", "2026-08-01", "electionDay", "2026-09-13", "termEnd", "2026-10-01",
                "precinctsCsv", "number;address;voters\n1;School No. 1;812\n");
    }

    /** A new user of the role, seated on the commission. */
    private String seated(String name, Role role, String commission) {
        return counts.member(name + "-" + unique, role, commission);
    }

    private String protocolWaitingForAcceptance(Counts.Election election) throws Exception {
        Api.Answer entered = api.post(election.member(1), "/api/precincts/" + election.number() + "/1/protocol",
                Counts.passingProtocol());
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();
    }

    private String processInstanceOf(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }

    private static List<String> taskIds(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static List<String> numbers(JsonNode elections) {
        List<String> numbers = new ArrayList<>();
        elections.forEach(election -> numbers.add(election.get("number").asText()));
        return numbers;
    }
}
