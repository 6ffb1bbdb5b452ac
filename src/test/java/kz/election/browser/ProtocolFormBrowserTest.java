package kz.election.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.election.ElectionTest;
import kz.election.precinct.CountFixtures;
import kz.election.precinct.CountVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The protocol form in Tasklist shows one line per candidate of the fixed ballot, filled from the process. */
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

    @Test
    void thePrecinctMemberSeesOneLinePerBallotCandidateInTheTasklistForm() throws Exception {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Form rural district");
        String instance = runtimeService.startProcessInstanceByKey(CountVariables.PROCESS_ID,
                CountVariables.businessKey(count.electionNumber(), 1),
                Map.of(CountVariables.ELECTION_NUMBER, count.electionNumber(), CountVariables.PRECINCT_NUMBER, 1)).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        taskService.claim(task.getId(), count.memberOfPrecinct1());

        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId())
                    .logIn(count.memberOfPrecinct1(), ElectionTest.PASSWORD);
            browser.waitForText("Votes per candidate");

            assertThat(browser.valueOf(field("electionNumberField"))).isEqualTo(count.electionNumber());
            assertThat(browser.valueOf(field("candidateNameField_0"))).isEqualTo("Aigerim Sadykova");
            assertThat(browser.valueOf(field("nominatedByField_0"))).isEqualTo("Amanat party");
            assertThat(browser.valueOf(field("candidateNameField_1"))).isEqualTo("Nurlan Bekov");
            assertThat(browser.driver().findElements(By.cssSelector("[id$='-candidateNameField_2']"))).isEmpty();

            assertThat(browser.valueOf(field("votesField_0"))).isEmpty();
            // a first entry has no failed checks to show
            assertThat(browser.driver().findElements(By.cssSelector("[id$='-controlCheckFailuresField']"))).isEmpty();
            browser.screenshot("enter-protocol-form");
        }
    }

    private static By field(String componentId) {
        return By.cssSelector("[id$='-" + componentId + "']");
    }
}
