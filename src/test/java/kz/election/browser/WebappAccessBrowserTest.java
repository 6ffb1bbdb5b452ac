package kz.election.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kz.election.ElectionTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ElectionTest
class WebappAccessBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void territorialStaffLogIntoTasklistAndSeeTheirFilters() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/tasklist/default/").logIn("demo-tec", ElectionTest.PASSWORD);

            browser.waitForText("Due within 24 hours");
            browser.screenshot("tasklist-tec-staff-filters");
            assertThat(browser.pageText()).contains("My group's tasks", "Due within 24 hours", "Overdue");
        }
    }

    @Test
    void precinctStaffCannotOpenCockpit() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/cockpit/default/").logIn("demo-pec", ElectionTest.PASSWORD);

            browser.waitForText("Login Failed");
            browser.screenshot("cockpit-pec-staff-refused");
            assertThat(browser.pageText())
                    .contains("missing access rights to application")
                    .doesNotContain("Processes");
        }
    }

    @Test
    void supervisorsLogIntoCockpit() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.open("/camunda/app/cockpit/default/").logIn("demo-supervisors", ElectionTest.PASSWORD);

            browser.waitForText("Process Definitions");
            browser.screenshot("cockpit-supervisor-dashboard");
            assertThat(browser.pageText()).doesNotContain("Login Failed");
        }
    }
}
