package kz.election.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kz.election.ElectionTest;
import kz.election.precinct.CountVariables;
import kz.election.reliability.Api;
import kz.election.reliability.Counts;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.params.ParameterizedTest;
import org.openqa.selenium.By;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Commission staff whose browser speaks Kazakh or Russian get Tasklist in that language, its filters and
 * tasks named in it, and the candidate forms in both (form-js has no language switch of its own).
 */
@ElectionTest
class TasklistLocaleBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    TaskService taskService;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // language | log-in button   | start process   | task search box      | create task    | a filter                 | a task; its process
        "ru         | Войти в систему | Начать процесс  | Отфильтровать задачи | Создать задачу | Срок в ближайшие 24 часа | Принять протокол участковой комиссии     | Подсчёт голосов на участке",
        "kk         | Кіру            | Процесті бастау | Тапсырмаларды сүзу   | Тапсырма құру  | Мерзімі 24 сағат ішінде  | Учаскелік комиссияның хаттамасын қабылдау | Учаскеде дауыстарды санау"})
    void tasklistSpeaksTheBrowsersLanguage(String language, String logInButton, String startProcess,
            String filterTasks, String createTask, String dueSoonFilter, String acceptProtocol, String precinctCount)
            throws Exception {
        String task = aProtocolToAccept(language);
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

            // a task opened from its link: its name and its process's, in the browser's language
            browser.open("/camunda/app/tasklist/default/#/?task=" + task);
            browser.waitForText(acceptProtocol);
            browser.waitForText(precinctCount);
            browser.screenshot("tasklist-task-" + language);
            assertThat(browser.pageText()).doesNotContain("Accept the precinct protocol", "Count of a precinct");

            // a Camunda Form says each label in Kazakh and Russian, whatever the browser's language
            browser.click(browser.waitFor(By.linkText(startProcess)));
            browser.click(browser.waitFor(By.partialLinkText("Candidate registration")));
            browser.waitForText(FULL_NAME);
            browser.screenshot("file-nomination-start-form-" + language);
            assertThat(browser.pageText()).contains(FULL_NAME, "ЖСН / ИИН", "Қабылданған құжаттар / Принятые документы",
                    "Саяси партия / Политическая партия");
        }
    }

    /** A precinct's protocol, entered by its member, waiting for the territorial commission to accept it. */
    private String aProtocolToAccept(String language) throws Exception {
        Counts.Election election = counts.open("Tasklist in " + language, 1);
        Api.Answer entered = new Api(port).post(election.member(1), "/api/precincts/" + election.number() + "/1/protocol",
                Counts.passingProtocol());
        assertThat(entered.status()).as("%s", entered).isEqualTo(201);
        return taskService.createTaskQuery().processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();
    }

    private static final String FULL_NAME = "Тегі, аты, әкесінің аты / Фамилия, имя, отчество";
}
