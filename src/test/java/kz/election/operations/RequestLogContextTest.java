package kz.election.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A request's log lines carry the election of its path and the signed-in account, and nothing stays behind. */
class RequestLogContextTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRequestCarriesItsElectionAndItsUserWhileItRuns() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-tec", null, List.of(new SimpleGrantedAuthority("tec-staff"))));
        Map<String, String> seen = new HashMap<>();

        new RequestLogContext().doFilter(new MockHttpServletRequest("POST", "/api/precincts/2026-RUR-0042/3/protocol"),
                new MockHttpServletResponse(), (request, response) -> seen.putAll(MDC.getCopyOfContextMap()));

        assertThat(seen).containsEntry("election", "2026-RUR-0042").containsEntry("user", "demo-tec");
        assertThat(MDC.get("election")).isNull();
        assertThat(MDC.get("user")).isNull();
    }

    @Test
    void aTasklistRequestCarriesTheUserSignedInToTheWebapps() throws Exception {
        MockHttpServletRequest tasklist = new MockHttpServletRequest("POST",
                "/camunda/api/engine/engine/default/task/4f1c/complete");
        Authentications signedIn = new Authentications();
        signedIn.addOrReplace(new UserAuthentication("demo-pec", "default"));
        AuthenticationUtil.updateSession(tasklist.getSession(), signedIn);
        Map<String, String> seen = new HashMap<>();

        new RequestLogContext().doFilter(tasklist, new MockHttpServletResponse(),
                (request, response) -> seen.putAll(MDC.getCopyOfContextMap()));

        assertThat(seen).containsEntry("user", "demo-pec");
        assertThat(MDC.get("user")).isNull();
    }

    @Test
    void aRequestAboutNoElectionByNobodyCarriesNeither() throws Exception {
        Map<String, String> seen = new HashMap<>();

        new RequestLogContext().doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"),
                new MockHttpServletResponse(), (request, response) -> {
                    Map<String, String> context = MDC.getCopyOfContextMap();
                    if (context != null) {
                        seen.putAll(context);
                    }
                });

        assertThat(seen).doesNotContainKeys("election", "user");
    }
}
