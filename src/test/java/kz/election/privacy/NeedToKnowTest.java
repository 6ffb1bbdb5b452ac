package kz.election.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.reliability.TasklistSession;
import kz.election.TestSmtp;
import kz.election.complaint.ComplaintAttachments;
import kz.election.election.AkimTerm;
import kz.election.election.CertifiedAkimElections;
import kz.election.noconfidence.AppealRequest;
import kz.election.noconfidence.CaseKind;
import kz.election.noconfidence.CitizenAppealService;
import kz.election.noconfidence.Initiator;
import kz.election.noconfidence.MotionGround;
import kz.election.noconfidence.MotionRequest;
import kz.election.noconfidence.MotionService;
import kz.election.notification.Mailer;
import kz.election.reliability.Api;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Need to know. A candidate (elected and certified akim), a complainant (filed through
 * the complaint start form's REST door, with an attachment) and a citizen (an appeal about the akim), each
 * with recognisable personal data, and a motion about the akim are stored; then every demo user, one per
 * role, reads every GET endpoint of {@code /api} (taken from Spring MVC's own mappings, so a new endpoint
 * is searched too; a path variable without a seeded value fails the test), the history and variables of
 * every process involved over {@code /engine-rest} and Tasklist's {@code /camunda/api/engine}, and the
 * staff directory on both. Each person's data shows only to the roles that decide on it and to admins;
 * staff e-mails only to admins and to their owner; and no log line carries any of it.
 */
@ElectionTest
@ExtendWith(OutputCaptureExtension.class)
class NeedToKnowTest {

    static final GreenMail smtp = TestSmtp.server();

    private static final List<String> USERS = List.of("demo-tec", "demo-pec", "demo-complaints", "demo-maslikhat",
            "demo-supervisors", "demo-admins");
    private static final String AKIM_EMAIL = "akim.need-to-know@example.kz";
    private static final String COMPLAINANT = "Zhanar Needtoknowova";
    private static final String COMPLAINANT_EMAIL = "zhanar.needtoknow@example.kz";
    private static final String CITIZEN = "Yerzhan Appealbekov";
    private static final String CITIZEN_CONTACT = "+7 701 555 44 33";

    @LocalServerPort
    int port;
    @Autowired
    CertifiedAkimElections elections;
    @Autowired
    MotionService motions;
    @Autowired
    CitizenAppealService appeals;
    @Autowired
    ComplaintAttachments attachments;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Api api;

    @Test
    void personalDataShowsOnlyToTheRolesThatDecideOnItAndToAdmins(CapturedOutput output) throws Exception {
        api = new Api(port);
        Seeded seeded = seed();
        Map<String, Set<String>> allowed = seeded.allowed();

        Map<String, List<Answer>> answers = new LinkedHashMap<>();
        for (String user : USERS) {
            List<Answer> read = new ArrayList<>();
            for (String path : apiPaths(seeded)) {
                read.add(get(user, path));
            }
            for (String path : engineRestPaths(seeded)) {
                read.add(get(user, path));
            }
            TasklistSession tasklist = new TasklistSession(port, user);
            for (String path : tasklistPaths(seeded)) {
                HttpResponse<String> response = tasklist.get(path);
                read.add(new Answer(path, response.statusCode(), response.body()));
            }
            answers.put(user, read);
        }

        List<String> leaks = new ArrayList<>();
        answers.forEach((user, read) -> read.forEach(answer -> allowed.forEach((personal, readers) -> {
            if (!readers.contains(user) && answer.body().toLowerCase().contains(personal.toLowerCase())) {
                leaks.add(user + " reads \"" + personal + "\" in GET " + answer.path() + " (" + answer.status() + ")");
            }
        })));
        assertThat(leaks).as("personal data read by a role that does not decide on it").isEmpty();

        // the roles that decide do read it, on the record they decide on
        assertThat(body("demo-tec", answers, "/api/nominations/" + seeded.nomination())).contains(seeded.iin(), AKIM_EMAIL);
        assertThat(body("demo-admins", answers, "/api/nominations/" + seeded.nomination())).contains(seeded.iin());
        assertThat(body("demo-complaints", answers, "/api/complaints/" + seeded.complaint())).contains(COMPLAINANT, COMPLAINANT_EMAIL);
        assertThat(body("demo-complaints", answers, seeded.attachmentPath())).contains(COMPLAINANT);
        assertThat(body("demo-maslikhat", answers, "/api/no-confidence/appeals/" + seeded.appeal())).contains(CITIZEN, CITIZEN_CONTACT);
        assertThat(body("demo-maslikhat", answers, "/api/no-confidence/" + seeded.motion())).contains(AKIM_EMAIL);
        assertThat(body("demo-admins", answers, "/engine-rest/user")).contains("demo-tec@example.invalid");
        assertThat(body("demo-pec", answers, "/engine-rest/user")).contains("demo-tec", "demo-pec@example.invalid");
        // the others read the record without it, or not at all
        assertThat(status("demo-supervisors", answers, "/api/nominations/" + seeded.nomination())).isEqualTo(200);
        assertThat(status("demo-complaints", answers, "/api/nominations/" + seeded.nomination())).isEqualTo(200);
        assertThat(status("demo-pec", answers, "/api/nominations/" + seeded.nomination())).isEqualTo(403);
        assertThat(status("demo-supervisors", answers, "/api/complaints/" + seeded.complaint())).isEqualTo(200);
        assertThat(status("demo-supervisors", answers, seeded.attachmentPath())).isEqualTo(403);
        assertThat(status("demo-tec", answers, "/api/complaints/" + seeded.complaint())).isEqualTo(403);
        assertThat(status("demo-supervisors", answers, "/api/no-confidence/appeals/" + seeded.appeal())).isEqualTo(200);
        assertThat(status("demo-pec", answers, "/api/no-confidence/appeals/" + seeded.appeal())).isEqualTo(403);
        assertThat(status("demo-tec", answers, "/api/no-confidence/" + seeded.motion())).isEqualTo(200);

        String log = applicationLog(output);
        for (String personal : List.of(seeded.iin(), AKIM_EMAIL, COMPLAINANT, COMPLAINANT_EMAIL, CITIZEN, CITIZEN_CONTACT)) {
            assertThat(log).as("the log").doesNotContainIgnoringCase(personal);
        }
        assertThat(log).contains("to " + Mailer.masked(AKIM_EMAIL) + " for " + seeded.motion());
    }

    // --- what is seeded, and who may read it

    record Seeded(String election, String nomination, String iin, LocalDate born, String complaint,
                  String attachmentPath, String motion, String appeal, List<String> processInstances,
                  List<Long> decisions) {

        /** Each personal value, and the users who may read it. */
        Map<String, Set<String>> allowed() {
            Map<String, Set<String>> allowed = new LinkedHashMap<>();
            Set<String> tec = Set.of("demo-tec", "demo-admins");
            allowed.put(iin, tec);
            allowed.put(born.toString(), tec);
            allowed.put("1 Abai street", tec);
            // the secretariat decides on the motion about the akim, and writes to them
            allowed.put(AKIM_EMAIL, Set.of("demo-tec", "demo-admins", "demo-maslikhat"));
            Set<String> complaints = Set.of("demo-complaints", "demo-admins");
            allowed.put(COMPLAINANT, complaints);
            allowed.put(COMPLAINANT_EMAIL, complaints);
            Set<String> secretariat = Set.of("demo-maslikhat", "demo-admins");
            allowed.put(CITIZEN, secretariat);
            allowed.put(CITIZEN_CONTACT, secretariat);
            for (String user : USERS) {
                allowed.put(user + "@example.invalid", new TreeSet<>(List.of(user, "demo-admins")));
            }
            return allowed;
        }

        List<String> businessKeys() {
            return List.of(election, nomination, complaint, motion, appeal);
        }
    }

    private Seeded seed() throws Exception {
        AkimTerm term = elections.elect("need to know", new CertifiedAkimElections.Nominee(
                "Akim Needtoknow " + UUID.randomUUID().toString().substring(0, 8), AKIM_EMAIL, "ru"));
        String election = term.electionNumber();
        Map<String, Object> nomination = jdbc.sql("""
                        SELECT reference_number, iin, birth_date FROM election.nomination
                        WHERE email = :email AND election_id = (SELECT id FROM election.election WHERE election_number = :election)""")
                .param("email", AKIM_EMAIL).param("election", election).query().singleRow();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2027-03-01T10:00:00+05:00").toInstant()));

        List<Initiator> initiators = new ArrayList<>();
        for (char deputy = 'A'; deputy <= 'E'; deputy++) {
            initiators.add(new Initiator("Deputy " + deputy + ". Seitkali", LocalDate.parse("2027-02-20")));
        }
        String motion = motions.fileAndStart(new MotionRequest(CaseKind.MOTION, election, "Kosshy district maslikhat",
                23, initiators, MotionGround.REPORTS_REJECTED_TWICE, null,
                List.of(LocalDate.parse("2026-12-10"), LocalDate.parse("2027-02-15")), null, null, null),
                "demo-maslikhat").motionNumber();
        String appeal = appeals.recordAppeal(new AppealRequest(election, CITIZEN, CITIZEN_CONTACT, null,
                "The akim ignores the water supply of the village."), "demo-maslikhat").appealNumber();

        Api.Answer filed = api.post("demo-complaints", "/engine-rest/process-definition/key/complaint/submit-form",
                Map.of("variables", Map.of(
                        "electionNumber", Map.of("value", election),
                        "complainantRole", Map.of("value", "VOTER"),
                        "complainantName", Map.of("value", COMPLAINANT),
                        "complainantEmail", Map.of("value", COMPLAINANT_EMAIL),
                        "complainantLanguage", Map.of("value", "ru"),
                        "subject", Map.of("value", "RESULT"),
                        "subjectReference", Map.of("value", election),
                        "actDate", Map.of("value", "2027-02-27"),
                        "text", Map.of("value", "The result was certified without the recount I asked for."))));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        String complaintInstance = filed.json().get("id").asText();
        String complaint = historyService.createHistoricProcessInstanceQuery().processInstanceId(complaintInstance)
                .singleResult().getBusinessKey();
        byte[] pdf = ("%PDF-1.4\n% Statement of " + COMPLAINANT + "\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        long attachment = attachments.attach(complaint, "statement.pdf", "application/pdf", pdf, "demo-complaints").id();

        List<String> instances = new ArrayList<>();
        for (String key : List.of(election, (String) nomination.get("reference_number"), complaint, motion, appeal)) {
            historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
                    .map(HistoricProcessInstance::getId).forEach(instances::add);
        }
        instances.forEach(this::runJobs);
        List<Long> decisions = jdbc.sql("SELECT id FROM election.decision_log WHERE business_key IN (:keys) ORDER BY id")
                .param("keys", List.of(election, (String) nomination.get("reference_number"), complaint, motion, appeal))
                .query(Long.class).list();
        return new Seeded(election, (String) nomination.get("reference_number"), (String) nomination.get("iin"),
                ((java.sql.Date) nomination.get("birth_date")).toLocalDate(), complaint,
                "/api/complaints/" + complaint + "/attachments/" + attachment, motion, appeal, instances, decisions);
    }

    /** What the application logged; the test's own SMTP server (GreenMail) logs each address it creates a box for. */
    static String applicationLog(CapturedOutput output) {
        return output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private void runJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    // --- what is read

    /** Every GET of /api that Spring MVC maps, with the seeded values in its path. */
    private List<String> apiPaths(Seeded seeded) {
        Set<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(patterns::add);
            }
        }
        assertThat(patterns).as("the mappings are read").contains("/api/nominations/{reference}", "/api/me");
        List<String> paths = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern.equals("/api/decisions")) {
                seeded.businessKeys().forEach(key -> paths.add(pattern + "?businessKey=" + key));
            } else if (pattern.equals("/api/decisions/{id}")) {
                seeded.decisions().forEach(id -> paths.add("/api/decisions/" + id));
            } else {
                String path = pattern.startsWith("/api/complaints/")
                        ? pattern.replace("{number}", seeded.complaint()).replace("{id}",
                                seeded.attachmentPath().substring(seeded.attachmentPath().lastIndexOf('/') + 1))
                        : pattern;
                path = path.replace("{number}", seeded.election()).replace("{electionNumber}", seeded.election())
                        .replace("{reference}", seeded.nomination()).replace("{motionNumber}", seeded.motion())
                        .replace("{appealNumber}", seeded.appeal()).replace("{precinctNumber}", "1")
                        .replace("{precinct}", "1").replace("{code}", "TEC-116600000");
                assertThat(path).as("a seeded value for each variable of %s: add it here", pattern).doesNotContain("{");
                paths.add(path);
            }
        }
        return paths;
    }

    private List<String> engineRestPaths(Seeded seeded) {
        List<String> paths = new ArrayList<>(directoryPaths("/engine-rest"));
        for (String instance : seeded.processInstances()) {
            for (String query : List.of("/history/variable-instance?processInstanceId=", "/history/detail?processInstanceId=",
                    "/variable-instance?processInstanceIdIn=", "/history/process-instance?processInstanceId=",
                    "/history/activity-instance?processInstanceId=", "/history/task?processInstanceId=",
                    "/task?processInstanceId=", "/history/user-operation?processInstanceId=",
                    "/history/job-log?processInstanceId=", "/history/incident?processInstanceId=")) {
                paths.add("/engine-rest" + query + instance);
            }
        }
        return paths;
    }

    private List<String> tasklistPaths(Seeded seeded) {
        List<String> paths = new ArrayList<>(directoryPaths("/camunda/api/engine/engine/default"));
        for (String instance : seeded.processInstances()) {
            paths.add("/camunda/api/engine/engine/default/history/variable-instance?processInstanceId=" + instance);
            paths.add("/camunda/api/engine/engine/default/history/detail?processInstanceId=" + instance);
            paths.add("/camunda/api/engine/engine/default/task?processInstanceId=" + instance);
        }
        return paths;
    }

    /** The staff directory: the list, each profile, and searches by address. */
    private static List<String> directoryPaths(String root) {
        List<String> paths = new ArrayList<>(List.of(root + "/user", root + "/user?maxResults=500",
                root + "/user?emailLike=%25example.invalid", root + "/user/count?emailLike=%25example.invalid"));
        for (String user : USERS) {
            paths.add(root + "/user/" + user + "/profile");
            paths.add(root + "/user?email=" + URLEncoder.encode(user + "@example.invalid", StandardCharsets.UTF_8));
        }
        return paths;
    }

    record Answer(String path, int status, String body) {
    }

    private Answer get(String user, String path) throws Exception {
        Api.Answer answer = api.get(user, path);
        return new Answer(path, answer.status(), answer.body());
    }

    private static String body(String user, Map<String, List<Answer>> answers, String path) {
        return answer(user, answers, path).body();
    }

    private static int status(String user, Map<String, List<Answer>> answers, String path) {
        return answer(user, answers, path).status();
    }

    private static Answer answer(String user, Map<String, List<Answer>> answers, String path) {
        return answers.get(user).stream().filter(a -> a.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("not read: " + path));
    }
}
