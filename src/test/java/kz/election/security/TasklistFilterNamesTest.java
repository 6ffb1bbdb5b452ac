package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import kz.election.ElectionTest;
import kz.election.reliability.TasklistSession;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist lists its filters named in the member's language (kk, ru, else English); Camunda keeps one name. */
@ElectionTest
class TasklistFilterNamesTest {

    private static final String FILTERS = "/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    FilterService filters;

    @Test
    void tasklistReadsEveryFilterNamedInTheMembersLanguage() throws Exception {
        TasklistSession tec = new TasklistSession(port, "demo-tec");

        assertThat(names(tec, "ru-RU,ru;q=0.9")).contains("Задачи моей группы", "Срок в ближайшие 24 часа",
                "Просроченные", "Целиноградская районная территориальная избирательная комиссия: задачи")
                .doesNotContain("My group's tasks", "Overdue");
        assertThat(names(tec, "kk")).contains("Менің тобымның жұмыстары", "Мерзімі 24 сағат ішінде", "Мерзімі өткен",
                "Целиноград аудандық аумақтық сайлау комиссиясы: жұмыстар");
        assertThat(names(tec, "en-GB,en;q=0.8")).contains(TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON,
                TasklistFilters.OVERDUE);

        TasklistSession supervisor = new TasklistSession(port, "demo-supervisors");
        assertThat(names(supervisor, "kk")).contains("Бақылау: Ақмола облыстық сайлау комиссиясы");

        // one filter read alone, as Tasklist does when it opens it; the stored name stays Camunda's one name
        String id = filters.createTaskFilterQuery().filterName(TasklistFilters.OVERDUE).list().get(0).getId();
        HttpResponse<String> one = tec.get("/camunda/api/engine/engine/default/filter/" + id, "ru");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(one.body()).get("name").asText()).isEqualTo("Просроченные");
        assertThat(filters.getFilter(id).getName()).isEqualTo(TasklistFilters.OVERDUE);
    }

    private static List<String> names(TasklistSession session, String language) throws Exception {
        HttpResponse<String> answer = session.get(FILTERS, language);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode filter : JSON.readTree(answer.body())) {
            names.add(filter.get("name").asText());
        }
        return names;
    }
}
