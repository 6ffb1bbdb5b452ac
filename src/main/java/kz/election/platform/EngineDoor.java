package kz.election.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the requests that reach Camunda's own API directly: {@code /engine-rest} and the webapps'
 * {@code /camunda} (Tasklist, Cockpit, Admin and their REST). What such a request asks the engine to do
 * is checked by {@link CommandGuard}; the election API ({@code /api}) is not such a door, its services
 * build the engine's input themselves.
 */
@Configuration(proxyBeanMethods = false)
public class EngineDoor {

    private static final ThreadLocal<Boolean> OPEN = new ThreadLocal<>();

    /** Whether this thread serves a request through one of the engine's own doors. */
    public static boolean isOpen() {
        return Boolean.TRUE.equals(OPEN.get());
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineDoorFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Boolean outer = OPEN.get();
                OPEN.set(Boolean.TRUE);
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (outer == null) {
                        OPEN.remove();
                    } else {
                        OPEN.set(outer);
                    }
                }
            }
        });
        registration.setName("engineDoor");
        // wherever the webapps are mounted: a moved application path must not leave Tasklist's API unguarded
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/*");
        // outermost: whatever runs for the request runs marked
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
