package kz.election.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kz.election.ElectionTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.openqa.selenium.By;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Commission staff whose browser speaks Kazakh or Russian get Tasklist in that language, and the
 * candidate forms in both (form-js has no language switch of its own).
 */
@ElectionTest
class TasklistLocaleBrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // language | log-in button   | start process   | task search box      | create task    | a filter
        "ru         | Войти в систему | Начать процесс  | Отфильтровать задачи | Создать задачу | Срок в ближайшие 24 часа",
        "kk         | Кіру            | Процесті бастау | Тапсырмаларды сүзу   | Тапсырма құру  | Мерзімі 24 сағат ішінде"})
    void tasklistSpeaksTheBrowsersLanguage(String language, String logInButton, String startProcess,
            String filterTasks, String createTask, String dueSoonFilter) throws Exception {
        try (Browser browser = new Browser(port, language)) {
            browser.open("/camunda/app/tasklist/default/");
            browser.waitForText(logInButton);
            browser.screenshot("tasklist-login-" + language);

            browser.logIn("demo-tec", ElectionTest.PASSWORD);
            browser.waitForText(startProcess);
            browser.waitForText(dueSoonFilter); // the filters have loaded, named in the browser's language
            browser.screenshot("tasklist-tec-staff-" + language);

            // the header's navigation and the filter area's search box (a placeholder, so in the source)
            assertThat(browser.pageText()).contains(startProcess, createTask)
                    .doesNotContain("Start process", "Create task", "Due within 24 hours", "My group's tasks");
            assertThat(browser.pageSource()).contains(filterTasks).doesNotContain("Filter Tasks");

            // a Camunda Form says each label in Kazakh and Russian, whatever the browser's language
            browser.click(browser.waitFor(By.linkText(startProcess)));
            browser.click(browser.waitFor(By.partialLinkText("Candidate registration")));
            browser.waitForText(FULL_NAME);
            browser.screenshot("file-nomination-start-form-" + language);
            assertThat(browser.pageText()).contains(FULL_NAME, "ЖСН / ИИН", "Қабылданған құжаттар / Принятые документы",
                    "Саяси партия / Политическая партия");
        }
    }

    private static final String FULL_NAME = "Тегі, аты, әкесінің аты / Фамилия, имя, отчество";
}
