package kz.election.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.browser.Browser;
import kz.election.election.ElectionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A territorial commission member files a nomination and decides it in Tasklist, with the real forms. */
@ElectionTest
class NominationBrowserTest {

    static final GreenMail smtp = TestSmtp.server();

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    CandidateService candidates;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @Test
    void tecStaffFilesANominationAndRegistersTheCandidateInTasklist() throws Exception {
        String election = KosshyElection.announce(elections, "start form");

        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/default/").logIn("demo-tec", ElectionTest.PASSWORD);
            browser.click(browser.waitFor(By.linkText("Start process")));
            browser.click(browser.waitFor(By.partialLinkText("Candidate registration")));
            browser.waitForText("Documents received");
            type(browser, 1, election);
            type(browser, 2, "Aigerim Sadykova");
            type(browser, 3, Nominations.iinBornOn(CandidateRegistrationProcessTest.BORN));
            type(browser, 4, CandidateRegistrationProcessTest.BORN.toString());
            type(browser, 6, "Kosshy, 1 Abai street");
            type(browser, 7, "candidate@example.kz");
            type(browser, 10, "Amanat");
            for (int document = 0; document < CandidateRegistrationProcessTest.PARTY_DOCUMENTS.size(); document++) {
                click(browser, "input[id$='-Field_file_nomination_12-" + document + "']");
            }
            type(browser, 13, "2026-08-10");
            click(browser, "input[id$='-Field_file_nomination_15']");
            click(browser, "input[id$='-Field_file_nomination_16']");
            click(browser, "input[id$='-Field_file_nomination_17']");
            browser.screenshot("file-nomination-filled");
            browser.press("Start");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver ->
                    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(election + "-N01").count() == 1);
            Nomination filed = candidates.byReference(election + "-N01");
            assertThat(filed.filedBy()).isEqualTo("demo-tec");
            assertThat(filed.fullName()).isEqualTo("Aigerim Sadykova");

            // the same nomination, now decided by the same member in the review form
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(filed.referenceNumber()).singleResult();
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                    .singleResult().getId());
            Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            taskService.claim(review.getId(), "demo-tec");
            browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
            registerWithTheReviewForm(browser, instance.getId());
        }

        Nomination decided = candidates.byReference(election + "-N01");
        assertThat(decided.registrationNumber()).isEqualTo(election + "-C01");
        assertThat(decided.decidedBy()).isEqualTo("demo-tec");
    }

    private void registerWithTheReviewForm(Browser browser, String instanceId) throws Exception {
        browser.waitForText("Eligibility checklist");
        click(browser, "input[id$='-Field_review_nomination_2']");
        click(browser, "input[id$='-Field_review_nomination_3']");
        click(browser, "input[id$='-Field_review_nomination_4-0']");
        browser.screenshot("review-nomination-filled");
        browser.press("Complete");
        // the browser posts the form asynchronously: wait for the engine to see the decision
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver ->
                taskService.createTaskQuery().processInstanceId(instanceId).count() == 0);
    }

    private static void type(Browser browser, int field, String text) {
        WebElement input = browser.waitFor(By.cssSelector("input[id$='-Field_file_nomination_" + field + "']"));
        browser.click(input);
        input.sendKeys(text);
    }

    private static void click(Browser browser, String css) {
        browser.click(browser.waitFor(By.cssSelector(css)));
    }
}
