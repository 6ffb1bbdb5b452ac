package kz.election.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist's REST ({@code /camunda/api/engine}) answers like {@code /engine-rest}: a start or task form a step of
 * the process refused is a 400 naming every field, a form for a commission not the member's a 403, an
 * unreachable database a 503 (the failure {@link FailedCommands} kept, answered by
 * {@link EngineRestProblems#answerTo}); and the member whose completion or form submission comes second gets 409
 * with who completed the task and when, in their language, instead of Camunda's 500 ("Cannot submit task form
 * ...: task is null").
 *
 * <p>The webapps' engine REST is a JAX-RS application of its own ({@code EngineRestApplication}: Camunda's
 * resources and exception handlers, served by a Jersey servlet that {@code CamundaBpmWebappInitializer}
 * registers on the servlet context), so the mappers {@link EngineRestProblems} adds to the Spring Boot
 * Jersey application of {@code /engine-rest} never see its failures, and it offers no hook to add one.
 * A servlet filter in front of it does: it holds back the answer to every request that writes, and when that
 * answer is a failure it can explain, it replaces it. Tasklist shows the answer's {@code message} in its
 * notification. Reads and every other answer pass unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class WebappRestProblems {

    private static final Logger LOG = LoggerFactory.getLogger(WebappRestProblems.class);

    /** Failures that another's completion explains; 401, 403, 429 and 503 keep their own meaning. */
    private static final Set<Integer> EXPLAINABLE = Set.of(400, 404, 409, 500);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappRestProblemsFilter(EngineRestProblems problems,
            ObjectMapper json, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                        || "OPTIONS".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, held);
                Optional<Answer> answer = Optional.empty();
                if (held.getStatus() >= 400) {
                    try {
                        answer = explain(request, held.getStatus());
                    } catch (RuntimeException e) {
                        // explaining the failure failed (the database went away meanwhile): Camunda's answer stands
                        LOG.debug("Could not explain a Tasklist REST failure", e);
                    }
                }
                if (answer.isEmpty()) {
                    held.copyBodyToResponse();
                    return;
                }
                byte[] bytes = json.writeValueAsBytes(answer.get().body());
                held.resetBuffer();
                response.setStatus(answer.get().status());
                answer.get().headers().forEach(response::setHeader);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }

            /**
             * A failed operation on a task whose history shows it completed meanwhile is the lost race's 409; any
             * other failure the engine's command left on the request (a refused form, a commission not the
             * caller's, the database away) is answered as at /engine-rest.
             */
            private Optional<Answer> explain(HttpServletRequest request, int status) {
                Optional<Throwable> failure = FailedCommands.of(request);
                Optional<String> taskId = "POST".equals(request.getMethod())
                        ? EngineRestProblems.taskOf(request.getRequestURI()) : Optional.empty();
                if (taskId.isPresent() && EXPLAINABLE.contains(status)
                        && !failure.map(DatabaseOutage::isCauseOf).orElse(false)) {
                    Optional<Answer> lostRace = problems.completedMeanwhile(taskId.get(),
                                    request.getHeader("Accept-Language"), reachOf(request))
                            .map(message -> new Answer(HttpServletResponse.SC_CONFLICT,
                                    EngineRestProblems.body("ConflictException", message), Map.of()));
                    if (lostRace.isPresent()) {
                        return lostRace;
                    }
                }
                return failure.flatMap(problems::answerTo).map(Answer::of);
            }
        });
        registration.setName("webappRestProblems");
        registration.addUrlPatterns(webappPath + "/api/engine/*");
        return registration;
    }

    /** An answer of {@link EngineRestProblems}, to write on the servlet's response. */
    private record Answer(int status, Object body, Map<String, String> headers) {

        static Answer of(Response response) {
            Map<String, String> headers = new LinkedHashMap<>();
            response.getStringHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name) && !values.isEmpty()) {
                    headers.put(name, values.get(0));
                }
            });
            return new Answer(response.getStatus(), response.getEntity(), headers);
        }
    }

    /** The groups and commissions of whoever is signed in to the webapps (their login lives in the session). */
    private static EngineRestProblems.Reach reachOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (signedIn == null || signedIn.getAuthentications().isEmpty()) {
            return EngineRestProblems.Reach.NONE;
        }
        UserAuthentication user = signedIn.getAuthentications().get(0);
        return new EngineRestProblems.Reach(user.getGroupIds(), user.getTenantIds());
    }
}
