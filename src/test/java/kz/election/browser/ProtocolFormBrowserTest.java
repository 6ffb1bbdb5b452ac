package kz.election.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.precinct.CountFixtures;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolStatus;
import kz.election.precinct.StoredProtocol;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The protocol forms in Tasklist, as the commissions use them: a precinct member enters the protocol
 * line by line and completes the task, a territorial commission member compares it and accepts it.
 */
@ElectionTest
class ProtocolFormBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CountFixtures fixtures;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProtocolService protocols;

    @Test
    void aPrecinctMemberEntersTheProtocolInTasklistAndTheTerritorialCommissionAcceptsIt() throws Exception {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Form rural district");
        String instance = fixtures.countAtProtocolEntry(count.electionNumber(), 1).getId();
        Task entry = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult();
        taskService.claim(entry.getId(), count.memberOfPrecinct1());

        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/default/#/?task=" + entry.getId())
                    .logIn(count.memberOfPrecinct1(), ElectionTest.PASSWORD);
            browser.waitForText("Голоса по кандидатам");

            // one line per candidate of the ballot, in ballot order; the lines beyond it are not shown
            assertThat(browser.valueOf(field("electionNumberField"))).isEqualTo(count.electionNumber());
            assertThat(browser.valueOf(field("candidate1NameField"))).isEqualTo("Aigerim Sadykova");
            assertThat(browser.valueOf(field("candidate1NominatedByField"))).isEqualTo("Amanat party");
            assertThat(browser.valueOf(field("candidate2NameField"))).isEqualTo("Nurlan Bekov");
            assertThat(browser.driver().findElements(field("candidate3NameField"))).isEmpty();
            assertThat(browser.driver().findElements(field("candidate3VotesField"))).isEmpty();
            assertThat(browser.valueOf(field("candidate1VotesField"))).isEmpty();
            // a first entry has no failed checks to show
            assertThat(browser.driver().findElements(field("controlCheckFailuresField"))).isEmpty();

            Map<String, Long> figures = new LinkedHashMap<>();
            figures.put("votersOnListField", 812L);
            figures.put("ballotsReceivedField", 700L);
            figures.put("ballotsIssuedAtStationField", 500L);
            figures.put("ballotsIssuedAtHomeField", 20L);
            figures.put("ballotsCancelledField", 180L);
            figures.put("ballotsFoundField", 515L);
            figures.put("invalidBallotsField", 5L);
            figures.put("candidate1VotesField", 300L);
            figures.put("candidate2VotesField", 150L);
            figures.put("againstAllField", 60L);
            figures.forEach((id, value) -> type(browser, id, value.toString()));
            browser.screenshot("enter-protocol-filled");
            complete(browser, "Complete");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> taskService.createTaskQuery()
                    .processInstanceId(instance).taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).count() == 1);
        }

        StoredProtocol submitted = protocols.history(count.electionNumber(), 1).get(0);
        assertThat(submitted.status()).isEqualTo(ProtocolStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(count.memberOfPrecinct1());
        assertThat(submitted.figures()).isEqualTo(CountFixtures.passing());

        Task acceptance = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult();
        taskService.claim(acceptance.getId(), "demo-tec");
        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/default/#/?task=" + acceptance.getId())
                    .logIn("demo-tec", ElectionTest.PASSWORD);
            browser.waitForText("Принятие протокола участка");
            assertThat(browser.valueOf(field("candidate1NameField"))).isEqualTo("Aigerim Sadykova");
            assertThat(browser.valueOf(field("candidate1VotesField"))).isEqualTo("300");
            assertThat(browser.valueOf(field("candidate2VotesField"))).isEqualTo("150");
            assertThat(browser.valueOf(field("ballotsFoundField"))).isEqualTo("515");
            assertThat(browser.driver().findElements(field("candidate3NameField"))).isEmpty();
            click(browser, browser.waitFor(field("comparedWithPaperField")));
            browser.screenshot("accept-protocol-filled");
            complete(browser, "Complete");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver ->
                    runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() == 0);
        }

        assertThat(protocols.history(count.electionNumber(), 1))
                .extracting(StoredProtocol::status, StoredProtocol::acceptedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProtocolStatus.ACCEPTED, "demo-tec"));
    }

    private static void type(Browser browser, String componentId, String text) {
        WebElement input = browser.waitFor(field(componentId));
        click(browser, input);
        input.sendKeys(text);
    }

    private static void click(Browser browser, WebElement element) {
        browser.click(element);
    }

    /** Tasklist's own button: it stays disabled while the form has an error, so it must be enabled here. */
    private static void complete(Browser browser, String label) {
        List<WebElement> buttons = browser.driver().findElements(By.tagName("button")).stream()
                .filter(button -> button.getText().strip().equals(label)).toList();
        assertThat(buttons).hasSize(1);
        browser.press(label);
    }

    private static By field(String componentId) {
        return By.cssSelector("[id$='-" + componentId + "']");
    }
}
