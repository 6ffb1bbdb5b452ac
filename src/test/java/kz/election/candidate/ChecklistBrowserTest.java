package kz.election.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import kz.election.ElectionTest;
import kz.election.browser.Browser;
import kz.election.election.ElectionService;
import kz.election.model.CandidateRegistrationModel;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The two forms that show the eligibility checklist (the signature check and the review of a self-nominee) read
 * it in the member's browser language, their long bilingual labels wrap inside the form, and each completes.
 */
@ElectionTest
class ChecklistBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    NominationFiling filing;
    @Autowired
    NominationRepository candidates;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // language | first line of the checklist                           | a line to confirm                       | complete
        "ru         | [ПРОЙДЕНО] ИИН является действительным идентификационным номером (подробности в деле о выдвижении) | [НУЖНО ПОДТВЕРЖДЕНИЕ СОТРУДНИКА] Выборочная проверка подписей | Завершить",
        "kk         | [ӨТТІ] ЖСН жарамды сәйкестендіру нөмірі (толығырақ ұсыну ісінде)                                 | [ҚЫЗМЕТКЕРДІҢ РАСТАУЫ ҚАЖЕТ] Қолдарды іріктеп тексеру                 | Аяқтау"})
    void staffReadTheChecklistInTheirLanguageAndCompleteTheFormsThatShowIt(String language, String firstLine,
            String toConfirm, String complete) throws Exception {
        String election = KosshyElection.announce(elections, "checklist in " + language);
        String reference = filing.nominate(election, CandidateRegistrationProcessTest.request(NominationType.SELF, null,
                CandidateRegistrationProcessTest.SELF_DOCUMENTS, 13, language), "demo-tec").referenceNumber();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult();
        managementService.createJobQuery().processInstanceId(instance.getId()).list()
                .forEach(job -> managementService.executeJob(job.getId())); // the receipt mail
        Task verify = task(instance, CandidateRegistrationModel.Elements.VERIFY_SIGNATURES);
        taskService.claim(verify.getId(), "demo-tec");

        try (Browser browser = new Browser(port, language)) {
            browser.open("/camunda/app/tasklist/default/").logIn("demo-tec", kz.election.ElectionTest.PASSWORD);
            browser.open("/camunda/app/tasklist/default/#/?task=" + verify.getId());
            String checklist = checklistOf(browser, "Field_verify_signatures_1", firstLine);
            assertThat(checklist.lines()).hasSize(RuleCode.values().length);
            assertThat(checklist).contains(toConfirm).doesNotContain("PASSED", "NEEDS_STAFF", "signature");
            assertLabelsWrap(browser);
            browser.screenshot("verify-signatures-" + language);
            type(browser, "Field_verify_signatures_2", "13");
            type(browser, "Field_verify_signatures_3", "0");
            browser.press(complete);
            waitUntil(browser, () -> taskService.createTaskQuery().taskId(verify.getId()).count() == 0);

            Task review = task(instance, CandidateRegistrationModel.Elements.REVIEW_NOMINATION);
            taskService.claim(review.getId(), "demo-tec");
            browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
            checklist = checklistOf(browser, "Field_review_nomination_1", firstLine);
            assertThat(checklist).doesNotContain(toConfirm, "PASSED", "signature");
            assertLabelsWrap(browser);
            browser.screenshot("review-nomination-" + language);
            browser.click(browser.waitFor(By.cssSelector("input[id$='-Field_review_nomination_2']")));
            browser.click(browser.waitFor(By.cssSelector("input[id$='-Field_review_nomination_3']")));
            browser.click(browser.waitFor(By.cssSelector("input[id$='-Field_review_nomination_4-0']")));
            browser.press(complete);
            waitUntil(browser, () -> taskService.createTaskQuery().taskId(review.getId()).count() == 0);
        }

        Nomination registered = candidates.byReference(reference);
        assertThat(registered.status()).isEqualTo(NominationStatus.REGISTERED);
        assertThat(registered.decidedBy()).isEqualTo("demo-tec");
        // the process keeps the checklist in English, whatever language it was read in
        assertThat((String) runtimeService.getVariable(instance.getId(), CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY))
                .startsWith("[PASSED] IIN is a valid identification number");
    }

    /** The checklist the form shows, once it shows it in the browser's language. */
    private static String checklistOf(Browser browser, String field, String firstLine) {
        By checklist = By.cssSelector("textarea[id$='-" + field + "']");
        browser.waitFor(checklist);
        waitUntil(browser, () -> String.valueOf(browser.valueOf(checklist)).startsWith(firstLine));
        return browser.valueOf(checklist);
    }

    /** Every label and description of the form shows whole: nothing wider than its box, so nothing is cut off. */
    @SuppressWarnings("unchecked")
    private static void assertLabelsWrap(Browser browser) {
        List<String> cut = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return Array.from(document.querySelectorAll('.fjs-container .fjs-form-field-label,'
                        + ' .fjs-container .fjs-form-field-description, .fjs-container label'))
                    .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth)
                    .map(e => e.textContent.trim() + ' (' + e.scrollWidth + ' > ' + e.clientWidth + ')');
                """);
        Long labels = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelectorAll('.fjs-container .fjs-form-field-label').length;");
        assertThat(labels).as("labels of the form").isPositive();
        assertThat(cut).as("labels cut off at the form's edge").isEmpty();
    }

    private static void type(Browser browser, String field, String text) {
        WebElement input = browser.waitFor(By.cssSelector("input[id$='-" + field + "']"));
        browser.click(input);
        input.sendKeys(text);
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier done) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> done.getAsBoolean());
    }

    private Task task(ProcessInstance instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
    }
}
