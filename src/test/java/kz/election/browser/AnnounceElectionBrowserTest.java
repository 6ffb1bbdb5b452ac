package kz.election.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ElectionStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A territorial commission member announces an election in Tasklist with the start form "Announce
 * election": a precinct list with a bad line is refused naming the line and why, and nothing is
 * stored; the corrected list starts the election process under the new election number.
 */
@ElectionTest
class AnnounceElectionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tecStaffAnnouncesAnElectionWithThePrecinctListAndSeesWhichLineIsWrong() throws Exception {
        String post = "Akim of the browser rural district " + UUID.randomUUID().toString().substring(0, 8);

        try (Browser browser = new Browser(port)) {
            openTasklistAs(browser, "demo-tec");
            browser.click(browser.waitFor(By.linkText("Start process")));
            browser.click(browser.waitFor(By.partialLinkText("Election of an akim")));
            browser.waitForText("Учаскелер тізімі");
            type(browser, "input", "territory", "116633100");
            type(browser, "input", "post", post);
            type(browser, "input", "callDate", "2026-08-01");
            type(browser, "input", "electionDay", "2026-09-13");
            type(browser, "input", "termEnd", "2026-10-01");
            type(browser, "textarea", "precinctsCsv", "number;address;voters\n1;School No. 3;812\n2;House of culture;many");
            browser.screenshot("announce-election-bad-line");
            start(browser);

            browser.waitForText("line 3");
            browser.screenshot("announce-election-refused");
            assertThat(browser.pageText()).contains("precinctsCsv").contains("line 3").contains("voters");
            assertThat(jdbc.sql("SELECT count(*) FROM election.election WHERE post = ?").param(post)
                    .query(Long.class).single()).isZero();

            WebElement csv = field(browser, "textarea", "precinctsCsv");
            csv.clear();
            csv.sendKeys("number;address;voters\n1;School No. 3;812\n2;House of culture;430");
            start(browser);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver ->
                    jdbc.sql("SELECT count(*) FROM election.election WHERE post = ?").param(post)
                            .query(Long.class).single() == 1);
            browser.screenshot("announce-election-started");
        }

        String number = jdbc.sql("SELECT election_number FROM election.election WHERE post = ?").param(post)
                .query(String.class).single();
        Election election = elections.byNumber(number);
        assertThat(election.announcedBy()).isEqualTo("demo-tec");
        assertThat(election.status()).isEqualTo(ElectionStatus.ANNOUNCED);
        assertThat(election.precincts()).hasSize(2);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("election")
                .processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    /**
     * The first Tasklist page of a fresh application loads every webjar script cold; on a busy machine
     * that can outlast the browser's patience once, so a page still spinning is loaded a second time.
     */
    private static void openTasklistAs(Browser browser, String user) {
        try {
            browser.open("/camunda/app/tasklist/default/").logIn(user, ElectionTest.PASSWORD);
        } catch (AssertionError stillLoading) {
            browser.open("/camunda/app/tasklist/default/").logIn(user, ElectionTest.PASSWORD);
        }
    }

    private static WebElement field(Browser browser, String tag, String key) {
        return browser.waitFor(By.cssSelector(tag + "[id$='-Field_announce_election_" + key + "']"));
    }

    private static void type(Browser browser, String tag, String key, String text) {
        WebElement input = field(browser, tag, key);
        browser.click(input);
        input.sendKeys(text);
    }

    private static void start(Browser browser) {
        browser.press("Start");
    }
}
