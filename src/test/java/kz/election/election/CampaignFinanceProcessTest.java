package kz.election.election;

import static kz.election.model.CampaignFinanceModel.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.FullProcessCoverage;
import kz.election.TestSmtp;
import kz.election.candidate.DepositReceipt;
import kz.election.candidate.DepositRequest;
import kz.election.candidate.Deposits;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRequest;
import kz.election.commission.DemoRegister;
import kz.election.conduct.ElectionCalls;
import kz.election.finance.FundReport;
import kz.election.finance.FundReportRequest;
import kz.election.finance.FundReports;
import kz.election.model.CampaignFinanceModel;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ElectionModel;
import kz.election.ruleset.Level;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * campaign-finance.bpmn told as the story of one district election under kz-2026-12-08 (called 10 December
 * 2026 for Sunday 31 January 2027), which runs through election.bpmn to its published result: three
 * candidates' deposits checked at registration (over /api, in the review form, and missing), decided after
 * the result, and their fund reports in time, late and missing. Real PostgreSQL and GreenMail; engine time
 * moves with ClockUtil. It lives beside {@link ElectionStories}, which takes the election's steps.
 */
@ElectionTest
@FullProcessCoverage(CampaignFinanceModel.PROCESS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignFinanceProcessTest {

    static final GreenMail smtp = TestSmtp.server();

    private static final LocalDate ELECTION_DAY = LocalDate.parse("2027-01-31");

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ElectionStories stories;
    @Autowired ElectionCalls calls;
    @Autowired ElectionService elections;
    @Autowired NominationFiling filing;
    @Autowired Deposits deposits;
    @Autowired FundReports reports;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(processEngine);
    }

    @Test
    void depositsAreCheckedAtRegistrationAndSettledWithTheFundReportsAfterTheResult() throws Exception {
        at("2026-12-10T10:00:00+05:00");
        String number = calls.call(new AnnouncementRequest(DemoRegister.DISTRICT, Level.DISTRICT,
                "Akim of Tselinograd district (finance " + UUID.randomUUID().toString().substring(0, 8) + ")",
                ElectionReason.REGULAR, null, ELECTION_DAY, LocalDate.parse("2027-02-15"), null, null,
                ElectionStories.TWO_PRECINCTS, null), "demo-tec").number();
        assertThat(elections.byNumber(number).rulesetId()).isEqualTo("kz-2026-12-08");
        stories.bindPrecinctMembers(number);
        stories.advanceTo(number, "2026-12-12T10:00:00+05:00");
        String winner = nominate(number, "Aruzhan Tulegenova");
        String lowShare = nominate(number, "Bolat Dzhaksybekov");
        String runnerUp = nominate(number, "Dana Yesenova");
        stories.runDueJobs(number);

        // over /api: the TEC records the receipt its candidate's side brings; a precinct member may not
        Map<String, Object> receipt = Map.of("amount", new BigDecimal("425000.00"), "paidOn", "2026-12-11", "paymentReference", "KZ-PAY-0001");
        assertThat(put("demo-pec", "/api/nominations/" + winner + "/deposit", receipt).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> wrong = put("demo-tec", "/api/nominations/" + winner + "/deposit",
                Map.of("amount", 1.005, "paidOn", "2026-12-01", "paymentReference", "KZ-PAY-0001"));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) wrong.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("amount", "paidOn");
        ResponseEntity<Map> recorded = put("demo-tec", "/api/nominations/" + winner + "/deposit", receipt);
        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(new BigDecimal(recorded.getBody().get("requiredAmount").toString())).isEqualByComparingTo("425000");
        assertThat(recorded.getBody().get("minimumWageCertainty")).isEqualTo("U");
        stories.register(number, winner);

        // no payment recorded: REGISTER is refused naming the checklist line
        assertThatThrownBy(() -> stories.register(number, runnerUp))
                .hasMessageContaining("cannot register: Election deposit is paid: election deposit of 425000.00 KZT"
                        + " required, no payment recorded");
        deposits.record(runnerUp, new DepositRequest(new BigDecimal("425000.00"), LocalDate.parse("2026-12-12"),
                "KZ-PAY-0003"), "demo-tec", null);
        stories.register(number, runnerUp);

        // in the review form: a short payment is refused and nothing of it is kept; the full one registers
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(lowShare)
                .taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION).singleResult();
        taskService.claim(review.getId(), "demo-tec");
        Map<String, Object> form = new HashMap<>(Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true, "qualificationPointsConfirmed", true, "depositAmount", "400000",
                "depositPaidOn", "2026-12-11", "depositPaymentReference", "KZ-PAY-0002"));
        assertThatThrownBy(() -> taskService.complete(review.getId(), form)).hasMessageContaining(
                "election deposit short: 400000.00 KZT paid, 425000.00 KZT required, 25000.00 KZT missing");
        assertThat(deposits.receipt(lowShare)).isEmpty();
        form.put("depositAmount", "425000,00");
        taskService.complete(review.getId(), form);
        assertThat(deposits.receipt(lowShare).map(DepositReceipt::amount)).contains(new BigDecimal("425000.00"));

        // election day, in ballot (registration) order: the winner 450 votes, the runner-up 160, the third 15 of
        // 665 ballots found (2.26 %)
        ElectoralCalendar calendar = elections.calendar(number);
        advance(number, calendar.at(ElectoralCalendar.REGISTRATION_CLOSES));
        stories.superviseAll(number);
        advance(number, calendar.at(ElectoralCalendar.POLLS_OPEN));
        at(calendar.at(ElectoralCalendar.POLLS_CLOSE).plusMinutes(1).toString());
        stories.count(number, 1, new long[] {300, 100, 10, 20});
        stories.count(number, 2, new long[] {150, 60, 5, 10});
        // the third candidate dies before the result: the deposit is refunded on it, whatever the votes
        String death = "/api/nominations/" + lowShare + "/death";
        assertThat(post("demo-pec", death, Map.of("diedOn", "2027-01-25")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("demo-tec", death, Map.of("diedOn", "2027-02-25")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("demo-tec", death, Map.of("diedOn", "2027-01-25")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("demo-tec", death, Map.of("diedOn", "2027-01-25")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        stories.complete(number, ElectionModel.Elements.ESTABLISH_RESULT, "demo-tec",
                Map.of("tabulationChecked", true, "declareInvalid", false));
        stories.complete(number, ElectionModel.Elements.PUBLISH_RESULT, "tec-second-member", Map.of("resultChecked", true));

        // the result decides each deposit at once; each candidate's report falls due at 00:00 of 6 February
        assertThat(refund(winner)).isEqualTo("REFUND/ELECTED");
        assertThat(refund(runnerUp)).isEqualTo("REFUND/VOTE_SHARE");
        assertThat(refund(lowShare)).as("2.26 %, under 5 %, but the candidate died").isEqualTo("REFUND/DEATH");
        assertThat(deposits.receipt(lowShare).orElseThrow().voteSharePercent()).isEqualByComparingTo("2.26");
        ProcessInstance ofWinner = finance(number, winner);
        ProcessInstance ofLowShare = finance(number, lowShare);
        ProcessInstance ofRunnerUp = finance(number, runnerUp);
        for (ProcessInstance instance : List.of(ofWinner, ofLowShare, ofRunnerUp)) {
            assertThat(instance).hasPassed(RESULT_PUBLISHED, DECIDE_DEPOSIT_REFUND).isWaitingAt(FUND_REPORT);
        }
        assertThat(reports.report(winner).orElseThrow().dueAt())
                .isEqualTo(OffsetDateTime.parse("2027-02-06T00:00:00+05:00").toInstant());
        ResponseEntity<Map> overview = rest.withBasicAuth("demo-tec", ElectionTest.PASSWORD)
                .getForEntity("/api/elections/" + number + "/finance", Map.class);
        assertThat(overview.getBody()).containsEntry("publicFundingPerCandidate", 0.0)
                .containsEntry("publicFundingCertainty", "U");
        assertThat((List<?>) overview.getBody().get("candidates")).hasSize(3);

        // two days before: every candidate is reminded
        at("2027-02-04T09:00:00+05:00");
        for (ProcessInstance instance : List.of(ofWinner, ofLowShare, ofRunnerUp)) {
            runJobs(instance);
            assertThat(instance).hasPassed(REMINDER_DAY, MAIL_FUND_REPORT_REMINDER, CANDIDATE_REMINDED)
                    .isWaitingAt(FUND_REPORT);
        }
        assertThat(mailed(winner)).containsExactly("fund-report-reminder/aruzhan.tulegenova@example.kz");
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessagesForDomain("aruzhan.tulegenova@example.kz"))
                .map(CampaignFinanceProcessTest::subject)).anySatisfy(subject -> assertThat(subject)
                .startsWith("The report on your election fund is due: Akim of Tselinograd district"));

        // the winner's side files in time; spending above the income is refused naming the sums
        ResponseEntity<Map> overspent = put("demo-tec", "/api/nominations/" + winner + "/fund-report",
                Map.of("income", new BigDecimal("100.00"), "spending", Map.of("MEDIA", new BigDecimal("100.01")), "fromPaper", false));
        assertThat(overspent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(overspent.getBody().toString()).contains("spent 100.01 KZT in total, more than the income of 100.00 KZT");
        ResponseEntity<Map> filed = put("demo-tec", "/api/nominations/" + winner + "/fund-report",
                Map.of("income", new BigDecimal("500000.00"), "spending", Map.of("MEDIA", new BigDecimal("300000.00"),
                                "PRINTED_MATERIALS", new BigDecimal("150000.50")),
                        "fromPaper", false));
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(filed.getBody()).containsEntry("late", false).containsEntry("submittedVia", "CANDIDATE");
        assertThat(ofWinner).isEnded().hasPassed(REPORT_FILED_IN_TIME);

        // the deadline passes for the other two: the commission is told and decides
        at("2027-02-06T09:00:00+05:00");
        for (ProcessInstance instance : List.of(ofLowShare, ofRunnerUp)) {
            runJobs(instance);
            assertThat(instance).hasPassed(REPORT_DEADLINE_PASSED, REPORT_MISSED, MAIL_REPORT_MISSED, COMMISSION_WARNED)
                    .isWaitingAt(DECIDE_ON_MISSING_REPORT);
        }
        assertThat(mailed(lowShare)).containsExactly("fund-report-reminder/bolat.dzhaksybekov@example.kz",
                "deadline-escalation/tselinograd@election.example.kz");

        Task late = decision(ofLowShare);
        assertThatThrownBy(() -> taskService.complete(late.getId(), Map.of("lateReportDecision", "ACCEPT_LATE",
                "lateReportReasons", "Handed in on paper")))
                .hasMessageContaining("ACCEPT_LATE needs the report");
        FundReport paper = reports.submit(lowShare, new FundReportRequest(new BigDecimal("20000.00"),
                Map.of("PUBLIC_EVENTS", new BigDecimal("19999.99")), true), "demo-tec");
        assertThat(paper.late()).isTrue();
        assertThat(paper.submittedVia()).isEqualTo("PAPER");
        taskService.complete(late.getId(), Map.of("lateReportDecision", "ACCEPT_LATE",
                "lateReportReasons", "Handed in on paper a day late, complete"));
        assertThat(ofLowShare).isEnded().hasPassed(LATE_REPORT_GATEWAY, LATE_REPORT_ACCEPTED);
        assertThat(reports.report(lowShare).orElseThrow().decision()).isEqualTo("ACCEPT_LATE");

        taskService.complete(decision(ofRunnerUp).getId(), Map.of("lateReportDecision", "REFER",
                "lateReportReasons", "No report and no answer to the commission's letter"));
        assertThat(ofRunnerUp).isEnded().hasPassed(REPORT_REFERRED);
        assertThat(reports.report(runnerUp).orElseThrow()).extracting(FundReport::decision, FundReport::decidedBy)
                .containsExactly("REFER", "demo-tec");
    }

    private String nominate(String number, String name) {
        NominationRequest r = ElectionStories.nominee(name + " " + number);
        Map<String, LocalDate> documents = new HashMap<>();
        for (String code : List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE",
                "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT", "DEPOSIT_RECEIPT")) {
            documents.put(code, LocalDate.parse("2026-12-12"));
        }
        return filing.nominate(number, new NominationRequest(r.fullName(), r.iin(), r.birthDate(), r.citizenship(),
                r.address(), name.toLowerCase().replace(' ', '.') + "@example.kz", "en", r.nominationType(),
                r.partyName(), documents, 0, "R-" + name.hashCode(), true, true, true), "demo-tec").referenceNumber();
    }

    private ResponseEntity<Map> put(String user, String path, Map<String, Object> body) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    private ResponseEntity<Map> post(String user, String path, Map<String, Object> body) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD).postForEntity(path, body, Map.class);
    }

    private String refund(String reference) {
        DepositReceipt receipt = deposits.receipt(reference).orElseThrow();
        return receipt.refundDecision() + "/" + receipt.refundGround();
    }

    private ProcessInstance finance(String number, String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignFinanceModel.PROCESS)
                .processInstanceBusinessKey(FundReports.businessKey(number, reference)).singleResult();
    }

    private Task decision(ProcessInstance instance) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(DECIDE_ON_MISSING_REPORT).singleResult();
        taskService.setAssignee(task.getId(), "demo-tec");
        return task;
    }

    /** Every job of the instance that is due by now, as the job executor would run them. */
    private void runJobs(ProcessInstance instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            managementService.executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("jobs keep coming in " + instance.getBusinessKey());
    }

    private List<String> mailed(String reference) {
        return jdbc.sql("""
                        SELECT template || '/' || recipient FROM election.mail_log WHERE business_key LIKE ?
                        AND template IN ('fund-report-reminder', 'deadline-escalation') ORDER BY id""")
                .param("%/fund/" + reference).query(String.class).list();
    }

    private void advance(String number, OffsetDateTime moment) {
        stories.advanceTo(number, moment.toString());
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void at(String offsetDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
    }
}
