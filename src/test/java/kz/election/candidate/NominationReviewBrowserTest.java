package kz.election.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.browser.Browser;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.election.Level;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A territorial commission member decides a nomination in Tasklist with the review form. */
@ElectionTest
class NominationReviewBrowserTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void tecStaffRegistersACandidateWithTheReviewFormInTasklist() throws Exception {
        String election = elections.announce(new AnnouncementRequest("Kosshy browser " + UUID.randomUUID(),
                Level.RURAL, "Akim of Kosshy", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null,
                CandidateRegistrationProcessTest.TWO_PRECINCTS), "demo-tec").number();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        Nomination nomination = candidates.nominate(election, CandidateRegistrationProcessTest.request(
                NominationType.PARTY, "Amanat", CandidateRegistrationProcessTest.PARTY_DOCUMENTS, 0, "kk"), "demo-tec");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.referenceNumber()).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
        Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.claim(review.getId(), "demo-tec");

        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId()).logIn("demo-tec", ElectionTest.PASSWORD);
            browser.waitForText("Eligibility checklist");
            click(browser, "input[id$='-Field_review_nomination_2']");
            click(browser, "input[id$='-Field_review_nomination_3']");
            click(browser, "input[id$='-Field_review_nomination_4-0']");
            browser.screenshot("review-nomination-filled");
            WebElement complete = browser.driver().findElements(By.tagName("button")).stream()
                    .filter(button -> button.getText().equals("Complete")).findFirst().orElseThrow();
            assertThat(complete.isEnabled()).isTrue();
            complete.click();
            // the browser posts the form asynchronously: wait for the engine to see the decision
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver ->
                    taskService.createTaskQuery().processInstanceId(instance.getId()).count() == 0);
            browser.screenshot("review-nomination-completed");
        }

        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        Nomination decided = candidates.byReference(nomination.referenceNumber());
        assertThat(decided.registrationNumber()).isEqualTo(election + "-C01");
        assertThat(decided.decidedBy()).isEqualTo("demo-tec");
    }

    private static void click(Browser browser, String css) {
        WebElement input = browser.driver().findElement(By.cssSelector(css));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
        input.click();
    }
}
