package kz.election.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.election.i18n.FormTexts;
import kz.election.i18n.ProcessNames;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The read-only texts of a task's form (the eligibility checklist...) in the member's language. The process keeps
 * each once, in English; when Tasklist reads a task's form variables ({@code GET .../task/{id}/form-variables}),
 * each variable a {@link FormTexts} bean writes is answered in kk or ru by the browser's Accept-Language, else
 * English. The form sends its read-only fields back with the completion ({@code .../submit-form},
 * {@code .../complete}); a text that is the stored one as read in some language is put back to the stored one,
 * so the command guard sees the value it showed and the process keeps its English.
 */
@Configuration(proxyBeanMethods = false)
class TasklistFormTexts {

    private static final Pattern FORM_READ = Pattern.compile(".*/engine/[^/]+/task/([^/]+)/form-variables/?");
    private static final Pattern COMPLETION = Pattern.compile(".*/engine/[^/]+/task/([^/]+)/(submit-form|complete)/?");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tasklistFormTextsFilter(ObjectMapper json, List<FormTexts> texts,
            EngineUsers users, TaskService tasks, RuntimeService runtime, RepositoryService repository,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Matcher read = FORM_READ.matcher(request.getRequestURI());
                Matcher completion = COMPLETION.matcher(request.getRequestURI());
                if ("GET".equals(request.getMethod()) && read.matches()) {
                    Optional<Source> source = source(read.group(1));
                    if (source.isEmpty()) {
                        chain.doFilter(request, response);
                        return;
                    }
                    TasklistAnswers.translated(request, response, chain, json, (body, language) ->
                            body.fields().forEachRemaining(variable -> readIn(source.get(), variable, language)));
                } else if ("POST".equals(request.getMethod()) && completion.matches()) {
                    chain.doFilter(unread(request, completion.group(1)), response);
                } else {
                    chain.doFilter(request, response);
                }
            }

            private void readIn(Source source, Map.Entry<String, JsonNode> variable, String language) {
                if (variable.getValue() instanceof ObjectNode value && value.path("value").isTextual()) {
                    text(source, variable.getKey(), language).ifPresent(text -> value.put("value", text));
                }
            }

            /** The completion with each read-only text as stored where the member sent it as read in a language. */
            private HttpServletRequest unread(HttpServletRequest request, String taskId) throws IOException {
                byte[] sent = request.getInputStream().readAllBytes();
                JsonNode body = ReplayedBody.jsonOf(sent, json);
                Optional<Source> source = body != null && body.path("variables").isObject() ? source(taskId) : Optional.empty();
                if (source.isEmpty()) {
                    return new ReplayedBody(request, sent);
                }
                boolean changed = false;
                for (Iterator<Map.Entry<String, JsonNode>> it = body.path("variables").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> variable = it.next();
                    JsonNode value = variable.getValue().path("value");
                    if (!value.isTextual() || !isReading(source.get(), variable.getKey(), value.asText())) {
                        continue;
                    }
                    Object stored = users.callWithoutAuthorization(() -> tasks.getVariable(taskId, variable.getKey()));
                    if (stored instanceof String text) {
                        ((ObjectNode) variable.getValue()).put("value", text);
                        changed = true;
                    }
                }
                return new ReplayedBody(request, changed ? json.writeValueAsBytes(body) : sent);
            }

            private boolean isReading(Source source, String variable, String sent) {
                for (String language : ProcessNames.LANGUAGES) {
                    if (text(source, variable, language).filter(sent::equals).isPresent()) {
                        return true;
                    }
                }
                return false;
            }

            private Optional<String> text(Source source, String variable, String language) {
                for (FormTexts each : texts) {
                    Optional<String> text = users.callWithoutAuthorization(
                            () -> each.read(source.processKey(), source.businessKey(), variable, language));
                    if (text.isPresent()) {
                        return text;
                    }
                }
                return Optional.empty();
            }

            /** The task's process and business key, read without the member's authorization (the engine checks that). */
            private Optional<Source> source(String taskId) {
                return users.callWithoutAuthorization(() -> {
                    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
                    if (task == null || task.getProcessInstanceId() == null) {
                        return Optional.empty();
                    }
                    String key = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
                    var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                            .singleResult();
                    return instance == null ? Optional.empty() : Optional.of(new Source(key, instance.getBusinessKey()));
                });
            }
        });
        registration.setName("tasklistFormTexts");
        registration.addUrlPatterns(webappPath + "/api/engine/*");
        return registration;
    }

    private record Source(String processKey, String businessKey) {
    }
}
