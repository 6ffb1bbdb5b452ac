package kz.election.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Tasklist's REST ({@code /camunda/api/engine}) answers a lost race like {@code /engine-rest}: the member whose
 * completion or form submission comes second gets 409 with who completed the task and when, in their
 * language, instead of Camunda's 500 ("Cannot submit task form ...: task is null").
 *
 * <p>The webapps' engine REST is a JAX-RS application of its own ({@code EngineRestApplication}: Camunda's
 * resources and exception handlers, served by a Jersey servlet that {@code CamundaBpmWebappInitializer}
 * registers on the servlet context), so the mappers {@link EngineRestProblems} adds to the Spring Boot
 * Jersey application of {@code /engine-rest} never see its failures, and it offers no hook to add one.
 * A servlet filter in front of it does: it holds back the answer to a task operation, and when that
 * answer is a failure while history shows the task completed, it replaces it with the 409. Tasklist shows
 * the answer's {@code message} in its notification. Every other answer passes unchanged.
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
                Optional<String> taskId = "POST".equals(request.getMethod())
                        ? EngineRestProblems.taskOf(request.getRequestURI()) : Optional.empty();
                if (taskId.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, held);
                Optional<String> lostRace = Optional.empty();
                if (EXPLAINABLE.contains(held.getStatus())) {
                    try {
                        lostRace = problems.completedMeanwhile(taskId.get(), request.getHeader("Accept-Language"),
                                reachOf(request));
                    } catch (RuntimeException e) {
                        // explaining the failure failed (the database went away meanwhile): Camunda's answer stands
                        LOG.debug("Could not explain a Tasklist REST failure", e);
                    }
                }
                if (lostRace.isEmpty()) {
                    held.copyBodyToResponse();
                    return;
                }
                byte[] bytes = json.writeValueAsBytes(EngineRestProblems.body("ConflictException", lostRace.get()));
                held.resetBuffer();
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }
        });
        registration.setName("webappRestProblems");
        registration.addUrlPatterns(webappPath + "/api/engine/*");
        return registration;
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
