package kz.election.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.SignIn;
import kz.election.TestSmtp;
import kz.election.candidate.NominationRepository;
import kz.election.commission.DemoRegister;
import kz.election.complaint.ComplaintService;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ComplaintModel;
import kz.election.reliability.Api;
import kz.election.ruleset.Level;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A nomination or complaint filed with its Tasklist start form submits the person's
 * IIN, birth date, address and e-mail (or the complainant's name and e-mail) as variables. Once filed,
 * none of it is in the runtime variables (ACT_RU_VARIABLE), the historic variables (ACT_HI_VARINST), the
 * historic details with the submitted form fields (ACT_HI_DETAIL) or the operation log; the stored row
 * holds it and the process goes on from its reference. The mails the filing sends log no address.
 */
@ElectionTest
@ExtendWith(OutputCaptureExtension.class)
class TasklistFilingTest {

    static final GreenMail smtp = TestSmtp.server();

    private static final String IIN = "800515300126";
    private static final String BORN = "1980-05-15";
    private static final String STREET = "Zheltoksan 17, flat 42";
    private static final String EMAIL = "aigerim.tasklist@example.kz";
    private static final String COMPLAINANT = "Zhanar Confidentova";
    private static final String COMPLAINANT_EMAIL = "zhanar.confidential@example.kz";
    private static final List<String> ENGINE_TABLES = List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail",
            "act_hi_op_log");

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    NominationRepository candidates;
    @Autowired
    ComplaintService complaints;
    @Autowired
    FormService formService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClockAndUser() {
        identityService.clearAuthentication();
    }

    @Test
    void aNominationFiledWithTheTasklistFormKeepsTheIinAndEmailOnlyOnItsRow(CapturedOutput output) {
        String election = electionInNominationWindow("tasklist nomination");
        Map<String, Object> form = new HashMap<>(Map.of("electionNumber", election, "fullName", "Aigerim Tasklistova",
                "iin", IIN, "birthDate", BORN, "citizenship", "KZ", "address", "Almaty, " + STREET, "email", EMAIL,
                "language", "ru", "nominationType", "PARTY", "partyName", "Respublica"));
        form.putAll(Map.of("documents", List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION",
                        "TAX_CERTIFICATE", "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT"),
                "documentsReceivedOn", "2026-08-10", "legalCapacityDeclared", true, "noCriminalRecordDeclared", true,
                "noCorruptionOffenceDeclared", true));
        String definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(CandidateRegistrationModel.PROCESS).latestVersion().singleResult().getId();

        SignIn.as(identityService, "demo-tec", "tec-staff");
        ProcessInstance instance = formService.submitStartForm(definition, form);
        identityService.clearAuthentication();
        runJobs(instance.getId());

        String reference = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        assertThat(candidates.byReference(reference).iin()).as("the row holds the IIN").isEqualTo(IIN);
        assertThat(candidates.byReference(reference).email()).isEqualTo(EMAIL);
        assertThat(runtimeService.getVariable(instance.getId(), "nominationReference")).isEqualTo(reference);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION)
                .count()).as("the review waits, as before").isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).as("the receipt went to the candidate").hasSize(1);

        assertStoredInNoEngineTable(instance.getId(), List.of(IIN, BORN, "15.05.1980", STREET, EMAIL));
        // the search itself finds what the form submitted that is not personal, in both places
        assertThat(rowsHolding("act_hi_varinst", instance.getId(), "Respublica")).isPositive();
        assertThat(rowsHolding("act_hi_detail", instance.getId(), "Respublica")).isPositive();

        assertThat(NeedToKnowTest.applicationLog(output)).as("the log").doesNotContain(EMAIL).doesNotContain(IIN)
                .contains("Mailed nomination-received (ru) to a***@example.kz for " + reference);
    }

    @Test
    void aComplaintFiledThroughTheSubmitFormDoorKeepsTheComplainantOnlyOnItsRow(CapturedOutput output) throws Exception {
        String election = electionInNominationWindow("tasklist complaint");
        Api.Answer started = new Api(port).post("demo-complaints",
                "/engine-rest/process-definition/key/complaint/submit-form", Map.of("variables", Map.of(
                        "electionNumber", Map.of("value", election),
                        "complainantRole", Map.of("value", "VOTER"),
                        "complainantName", Map.of("value", COMPLAINANT),
                        "complainantEmail", Map.of("value", COMPLAINANT_EMAIL),
                        "complainantLanguage", Map.of("value", "ru"),
                        "subject", Map.of("value", "PRECINCT_PROTOCOL"),
                        "subjectReference", Map.of("value", "1"),
                        "actDate", Map.of("value", "2026-08-09"),
                        "text", Map.of("value", "The commission refused to show the protocol."))));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instanceId = started.json().get("id").asText();
        runJobs(instanceId);

        String number = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getBusinessKey();
        assertThat(complaints.byNumber(number).complainantName()).isEqualTo(COMPLAINANT);
        assertThat(complaints.byNumber(number).complainantEmail()).isEqualTo(COMPLAINANT_EMAIL);
        assertThat(runtimeService.getVariable(instanceId, "complaintNumber")).isEqualTo(number);
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(ComplaintModel.Elements.REVIEW_COMPLAINT)
                .count()).as("the review waits, as before").isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).as("the receipt went to the complainant").hasSize(1);

        assertStoredInNoEngineTable(instanceId, List.of(COMPLAINANT, COMPLAINANT_EMAIL, "zhanar.confidential"));
        assertThat(rowsHolding("act_hi_detail", instanceId, "refused to show the protocol")).isPositive();

        assertThat(NeedToKnowTest.applicationLog(output)).as("the log").doesNotContain(COMPLAINANT_EMAIL).doesNotContain(COMPLAINANT)
                .contains("Mailed complaint-received (ru) to z***@example.kz for " + number);
    }

    private void assertStoredInNoEngineTable(String processInstanceId, List<String> personal) {
        for (String table : ENGINE_TABLES) {
            for (String value : personal) {
                assertThat(rowsHolding(table, processInstanceId, value)).as("%s holds %s", table, value).isZero();
            }
        }
    }

    /** Rows of the instance in the table whose text (every column) holds the value. */
    private long rowsHolding(String table, String processInstanceId, String value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " t WHERE lower(CAST(t AS text)) LIKE :value"
                        + " AND t.proc_inst_id_ = :instance")
                .param("value", "%" + value.toLowerCase() + "%")
                .param("instance", processInstanceId)
                .query(Long.class).single();
    }

    private String electionInNominationWindow(String story) {
        ClockUtil.reset();
        String number = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT,
                Level.RURAL, "Akim of Kosshy (Privacy " + story + " " + UUID.randomUUID() + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, """
                        number;address;voters
                        1;Village school No. 3;812
                        """), "demo-tec").number();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        return number;
    }

    /** Executes the instance's due jobs (the job executor is off in tests), the receipt mail among them. */
    private void runJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
