package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRequest;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.PrecinctCountModel;
import kz.election.precinct.CountVariables;
import kz.election.reliability.Api;
import kz.election.reliability.Counts;
import kz.election.reliability.TasklistSession;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist reads tasks of different processes named in the member's language (kk, ru, else English), with the
 * names of their processes; Camunda keeps the model's one name, and changing a task's date in Tasklist (which
 * sends back the whole task it read) does not store the name it read.
 */
@ElectionTest
class TasklistTaskNamesTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default/";
    private static final String HAL = "application/hal+json, application/json; q=0.5";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    NominationFiling candidates;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filters;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void tasklistReadsTasksOfDifferentProcessesNamedInTheMembersLanguage() throws Exception {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        Counts.Election election = counts.open("Task names", 1);
        Task review = reviewOfANomination(election.number());
        Api.Answer submitted = new Api(port).post(election.member(1), "/api/precincts/" + election.number() + "/1/protocol",
                Counts.passingProtocol());
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        Task accept = taskService.createTaskQuery().processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(PrecinctCountModel.Elements.ACCEPT_PROTOCOL).singleResult();
        TasklistSession tec = new TasklistSession(port, "demo-tec");

        // the list of a filter, as Tasklist reads it
        JsonNode russian = filterList(tec, "ru-RU,ru;q=0.9", review, accept);
        assertThat(taskNames(russian)).containsEntry(review.getId(), "Рассмотреть выдвижение")
                .containsEntry(accept.getId(), "Принять протокол участковой комиссии");
        assertThat(processNames(russian)).contains("Регистрация кандидата", "Подсчёт голосов на участке")
                .doesNotContain("Candidate registration", "Count of a precinct");
        JsonNode kazakh = filterList(tec, "kk", review, accept);
        assertThat(taskNames(kazakh)).containsEntry(review.getId(), "Ұсынылған кандидатты қарау")
                .containsEntry(accept.getId(), "Учаскелік комиссияның хаттамасын қабылдау");
        assertThat(processNames(kazakh)).contains("Кандидатты тіркеу", "Учаскеде дауыстарды санау");
        JsonNode english = filterList(tec, "de-DE, en;q=0.5", review, accept);
        assertThat(taskNames(english)).containsEntry(review.getId(), "Review nomination")
                .containsEntry(accept.getId(), "Accept the precinct protocol");

        // one task, as Tasklist opens it, and a plain task query
        HttpResponse<String> one = tec.send("GET", ENGINE + "task/" + accept.getId(), null, HAL, "kk");
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(JSON.readTree(one.body()).get("name").asText()).isEqualTo("Учаскелік комиссияның хаттамасын қабылдау");
        HttpResponse<String> queried = tec.send("POST", ENGINE + "task", "{\"taskId\": \"" + review.getId() + "\"}",
                "application/json", "ru");
        assertThat(queried.statusCode()).as(queried.body()).isEqualTo(200);
        assertThat(JSON.readTree(queried.body()).get(0).get("name").asText()).isEqualTo("Рассмотреть выдвижение");

        // Tasklist sets a due date by sending back the whole task it read. A member may not change a task at all
        // (CommandGuard); an administrator may, and the date changes while the stored name does not.
        // (Camunda 7.24 refuses the camundaFormRef it wrote itself with 400, so Tasklist cannot date a task with a
        // Camunda Form at all; a client sending the rest of what it read is what reaches the engine.)
        TasklistSession admin = new TasklistSession(port, "demo-admins");
        ObjectNode read = (ObjectNode) JSON.readTree(admin.send("GET", ENGINE + "task/" + review.getId(), null, HAL, "ru").body());
        assertThat(read.get("name").asText()).isEqualTo("Рассмотреть выдвижение");
        read.remove(List.of("_embedded", "_links"));
        read.putNull("camundaFormRef");
        read.put("due", "2026-09-01T18:00:00.000+0500");
        assertThat(tec.send("PUT", ENGINE + "task/" + review.getId(), JSON.writeValueAsString(read), "application/json", "ru")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> dated = admin.send("PUT", ENGINE + "task/" + review.getId(), JSON.writeValueAsString(read),
                "application/json", "ru");
        assertThat(dated.statusCode()).as(dated.body()).isEqualTo(204);
        Task stored = taskService.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(stored.getName()).isEqualTo("Review nomination");
        assertThat(stored.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-09-01T18:00:00+05:00").toInstant()));

        // a name the administrator writes themselves is theirs, and reads translated where it holds the model's
        read.put("name", "Review nomination (papers in the safe)");
        assertThat(admin.send("PUT", ENGINE + "task/" + review.getId(), JSON.writeValueAsString(read), "application/json",
                "kk").statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getName())
                .isEqualTo("Review nomination (papers in the safe)");
        assertThat(taskNames(filterList(tec, "ru", review, accept))).containsEntry(review.getId(),
                "Рассмотреть выдвижение (papers in the safe)");
    }

    /** A filed party nomination waiting for the commission's review. */
    /**
     * The eligibility checklist a reviewer reads in the review form comes in the member's language (the process
     * keeps it in English), and the form sending that reading back with its decision completes the task and keeps
     * the English; a checklist changed on the way is refused as any read-only field is.
     */
    @Test
    void theReviewFormsChecklistReadsInTheMembersLanguageAndTheCompletionKeepsTheStoredOne() throws Exception {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        Counts.Election election = counts.open("Checklist texts", 1);
        Task review = reviewOfANomination(election.number());
        taskService.claim(review.getId(), "demo-tec");
        String stored = (String) taskService.getVariable(review.getId(), CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY);
        TasklistSession tec = new TasklistSession(port, "demo-tec");

        Map<String, String> read = new LinkedHashMap<>();
        for (String language : List.of("ru-RU,ru;q=0.9", "kk", "en-US")) {
            HttpResponse<String> answer = tec.send("GET", ENGINE + "task/" + review.getId() + "/form-variables", null,
                    "application/json", language);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            read.put(language, JSON.readTree(answer.body()).path(CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY)
                    .path("value").asText());
        }
        assertThat(read.get("en-US")).isEqualTo(stored).startsWith("[PASSED] IIN is a valid identification number");
        assertThat(read.get("ru-RU,ru;q=0.9")).startsWith("[ПРОЙДЕНО] ИИН является действительным идентификационным номером")
                .contains("[ПРОЙДЕНО] Кандидат является гражданином Казахстана: гражданин Казахстана",
                        "первый кандидат партии «Amanat» на этих выборах")
                .doesNotContain("PASSED", "citizen");
        assertThat(read.get("kk")).startsWith("[ӨТТІ] ЖСН жарамды сәйкестендіру нөмірі")
                .contains("Кандидат Қазақстан азаматы: Қазақстан азаматы").doesNotContain("PASSED", "citizen");

        Map<String, Object> decision = new LinkedHashMap<>(Map.of(
                "decision", Map.of("value", "REGISTER", "type", "String"),
                "declarationsConfirmed", Map.of("value", true, "type", "Boolean"),
                "qualificationMet", Map.of("value", true, "type", "Boolean")));
        decision.put(CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY,
                Map.of("value", read.get("ru-RU,ru;q=0.9") + " ", "type", "String"));
        HttpResponse<String> changed = tec.post(ENGINE + "task/" + review.getId() + "/submit-form",
                JSON.writeValueAsString(Map.of("variables", decision)), "ru");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(400);
        assertThat(changed.body()).contains(CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY);

        decision.put(CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY,
                Map.of("value", read.get("ru-RU,ru;q=0.9"), "type", "String"));
        HttpResponse<String> completed = tec.post(ENGINE + "task/" + review.getId() + "/submit-form",
                JSON.writeValueAsString(Map.of("variables", decision)), "ru");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
        assertThat(runtimeService.getVariable(review.getProcessInstanceId(), CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY))
                .isEqualTo(stored);
    }

    private Task reviewOfANomination(String electionNumber) {
        Map<String, LocalDate> documents = new HashMap<>();
        for (String code : List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE",
                "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT")) {
            documents.put(code, LocalDate.parse("2026-08-10"));
        }
        String reference = candidates.nominate(electionNumber, new NominationRequest("Aigerim Sadykova", "800515300126",
                LocalDate.parse("1980-05-15"), "KZ", "Kosshy, 1 Abai street", "candidate@example.kz", "ru",
                NominationType.PARTY, "Amanat", documents, 0, null, true, true, true), "demo-tec").referenceNumber();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
        managementService.createJobQuery().processInstanceId(instance).list()
                .forEach(job -> managementService.executeJob(job.getId())); // the receipt mail
        return taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION).singleResult();
    }

    private JsonNode filterList(TasklistSession session, String language, Task... tasks) throws Exception {
        String groupTasks = filters.createTaskFilterQuery().filterName(TasklistFilters.GROUP_TASKS).list().get(0).getId();
        StringBuilder ids = new StringBuilder();
        for (Task task : tasks) {
            ids.append(ids.isEmpty() ? "" : ", ").append('"').append(task.getId()).append('"');
        }
        HttpResponse<String> answer = session.send("POST", ENGINE + "filter/" + groupTasks + "/list?firstResult=0&maxResults=15",
                "{\"taskIdIn\": [" + ids + "]}", HAL, language);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static Map<String, String> taskNames(JsonNode list) {
        Map<String, String> names = new LinkedHashMap<>();
        list.path("_embedded").path("task").forEach(task -> names.put(task.get("id").asText(), task.get("name").asText()));
        return names;
    }

    private static List<String> processNames(JsonNode list) {
        return list.path("_embedded").path("processDefinition").findValuesAsText("name");
    }
}
