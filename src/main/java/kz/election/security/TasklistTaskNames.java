package kz.election.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.election.i18n.ProcessNames;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist shows a task's {@code name} and {@code description} as Camunda stores them, one of each per task, the
 * model's English. When Tasklist reads tasks through the webapps' engine REST (a filter's task list,
 * {@code GET/POST .../task}, {@code GET .../task/{id}}), every task of a model is answered with its name and
 * description in the member's language (kk or ru by the browser's Accept-Language, else English), and so are the
 * process names that come embedded with it, from the bundles {@link TaskNames} reads.
 *
 * <p>Nothing is stored differently, and nothing read here is written back: Tasklist changes a task's due or
 * follow-up date by sending the whole task it read ({@code PUT .../task/{id}}), so a name or description that is
 * the stored one as read in some language is put back to the stored one before the engine saves it.
 */
@Configuration(proxyBeanMethods = false)
class TasklistTaskNames {

    private static final Pattern TASK_READ = Pattern.compile(".*/engine/[^/]+/(task(/(?!count/?$)[^/]+)?|filter/[^/]+/(list|singleResult))/?");
    private static final Pattern TASK_UPDATE = Pattern.compile(".*/engine/[^/]+/task/([^/]+)/?");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tasklistTaskNamesFilter(ObjectMapper json, ProcessNames processNames,
            EngineUsers users, RepositoryService repository, TaskService tasks,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        TaskNames names = new TaskNames(processNames);
        Map<String, String> processKeys = new ConcurrentHashMap<>();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String method = request.getMethod();
                Matcher update = TASK_UPDATE.matcher(request.getRequestURI());
                if ("PUT".equals(method) && update.matches()) {
                    chain.doFilter(unread(request, update.group(1)), response);
                } else if (("GET".equals(method) || "POST".equals(method)) && TASK_READ.matcher(request.getRequestURI()).matches()) {
                    TasklistAnswers.translated(request, response, chain, json, this::translate);
                } else {
                    chain.doFilter(request, response);
                }
            }

            private void translate(JsonNode node, String language) {
                if (node.isArray()) {
                    node.forEach(each -> translate(each, language));
                    return;
                }
                if (!(node instanceof ObjectNode object)) {
                    return;
                }
                String taskKey = object.path("taskDefinitionKey").asText(null);
                Optional<String> processKey = processKeyOf(object.path("processDefinitionId").asText(null));
                if (taskKey != null && processKey.isPresent()) {
                    put(object, "name", names.name(processKey.get(), taskKey, object.path("name").asText(null), language));
                    put(object, "description", names.description(processKey.get(), taskKey,
                            object.path("description").asText(null), language));
                }
                JsonNode embedded = object.path("_embedded");
                translate(embedded.path("task"), language);
                for (JsonNode definition : embedded.path("processDefinition").isArray() ? embedded.path("processDefinition")
                        : List.of(embedded.path("processDefinition"))) {
                    String key = definition.path("key").asText(null);
                    if (key != null && definition instanceof ObjectNode process) {
                        put(process, "name", names.name(key, key, process.path("name").asText(null), language));
                    }
                }
            }

            /** The request with the task's stored name and description in place of their reading in a language. */
            private HttpServletRequest unread(HttpServletRequest request, String taskId) throws IOException {
                byte[] sent = request.getInputStream().readAllBytes();
                JsonNode body = ReplayedBody.jsonOf(sent, json);
                Task task = body instanceof ObjectNode ? users.callWithoutAuthorization(
                        () -> tasks.createTaskQuery().taskId(taskId).singleResult()) : null;
                Optional<String> processKey = task == null ? Optional.empty() : processKeyOf(task.getProcessDefinitionId());
                if (processKey.isEmpty()) {
                    return new ReplayedBody(request, sent);
                }
                ObjectNode object = (ObjectNode) body;
                String key = processKey.get();
                String taskKey = task.getTaskDefinitionKey();
                put(object, "name", TaskNames.unread(object.path("name").asText(null), task.getName(),
                        language -> names.name(key, taskKey, task.getName(), language)));
                put(object, "description", TaskNames.unread(object.path("description").asText(null), task.getDescription(),
                        language -> names.description(key, taskKey, task.getDescription(), language)));
                return new ReplayedBody(request, json.writeValueAsBytes(object));
            }

            private Optional<String> processKeyOf(String processDefinitionId) {
                if (processDefinitionId == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(processKeys.computeIfAbsent(processDefinitionId, id -> users.callWithoutAuthorization(
                            () -> repository.getProcessDefinition(id).getKey())));
                } catch (ProcessEngineException gone) {
                    return Optional.empty(); // no such definition: the task reads as stored
                }
            }
        });
        registration.setName("tasklistTaskNames");
        registration.addUrlPatterns(webappPath + "/api/engine/*");
        return registration;
    }

    private static void put(ObjectNode object, String field, String text) {
        if (text != null && object.has(field)) {
            object.put(field, text);
        }
    }
}
