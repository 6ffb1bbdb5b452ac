package kz.election.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.precinct.CountVariables;
import kz.election.reliability.Api;
import kz.election.reliability.Counts;
import kz.election.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same scoping as CommissionScopeTest, in the browser: Tasklist shows a TEC member their commission's
 * tasks and not the next TEC's; Cockpit shows an oblast's supervisor the instances of her oblast and not
 * those of the next oblast.
 */
@ElectionTest
class CommissionScopeBrowserTest {

    /** Long enough for the webapps to have shown what they would show. */
    private static final Duration SETTLED = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    private String unique;

    @BeforeEach
    void setUp() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        counts.nextOblast();
    }

    @Test
    void tasklistShowsATecMemberTheirCommissionsTasksAndNotTheNextTecs() throws Exception {
        String y = counts.member("y-browser-" + unique, Role.TEC_STAFF, DemoRegister.OTHER_TEC);
        String acceptX = waitingForAcceptance(counts.open("Browser X", 1));
        String acceptY = waitingForAcceptance(counts.open("Browser Y", 1, DemoRegister.OTHER_RURAL_DISTRICT, y));

        try (Browser browser = new Browser(port, "kk")) {
            browser.open("/camunda/app/tasklist/default/").logIn(y, ElectionTest.PASSWORD);
            // the filter named after Shortandy's TEC, in its member's language (Kazakh here), lists its tasks
            browser.waitForText("Шортанды аудандық аумақтық сайлау комиссиясы: жұмыстар");
            // it comes first (its priority) and Tasklist opens the first filter: its task is listed
            browser.waitForText(acceptY);
            browser.screenshot("tasklist-next-tec-own-tasks");
            assertThat(browser.comesToShow(acceptX, SETTLED)).as("Tselinograd's task in Shortandy's Tasklist").isFalse();

            // opened by its address, Tselinograd's task shows no form and none of its election
            browser.open("/camunda/app/tasklist/default/#/?task=" + acceptX);
            assertThat(browser.comesToShow("Хаттама нұсқасы", SETTLED)).isFalse();
            browser.screenshot("tasklist-next-tec-foreign-task");
        }
    }

    @Test
    void cockpitShowsAnOblastSupervisorHerOblastsInstancesAndNotTheNextOblasts() throws Exception {
        String acceptX = waitingForAcceptance(counts.open("Cockpit X", 1));
        String instance = taskService.createTaskQuery().taskId(acceptX).singleResult().getProcessInstanceId();
        String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getBusinessKey();
        String akmola = counts.member("akmola-cockpit-" + unique, Role.SUPERVISORS, DemoRegister.OBLAST_COMMISSION);
        String aktobe = counts.member("aktobe-cockpit-" + unique, Role.SUPERVISORS, Counts.NEXT_OBLAST_COMMISSION);

        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime")
                    .logIn(akmola, ElectionTest.PASSWORD);
            browser.waitForText(businessKey);
            browser.screenshot("cockpit-oblast-supervisor-own-instance");
        }
        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/cockpit/default/").logIn(aktobe, ElectionTest.PASSWORD);
            browser.waitForText("Process Definitions");
            browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
            assertThat(browser.comesToShow(businessKey, SETTLED)).as("Akmola's instance in Aktobe's Cockpit").isFalse();
            browser.screenshot("cockpit-next-oblast-supervisor");
        }
    }

    private String waitingForAcceptance(Counts.Election election) throws Exception {
        Api.Answer entered = new Api(port).post(election.member(1), "/api/precincts/" + election.number() + "/1/protocol",
                Counts.passingProtocol());
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();
    }
}
