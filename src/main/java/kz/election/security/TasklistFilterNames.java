package kz.election.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist shows a filter's {@code name} as Camunda stores it, one per filter. When Tasklist reads the filters
 * ({@code GET .../filter} and {@code .../filter/{id}} of the webapps' engine REST), each filter's name is given
 * in the member's language instead (kk or ru by the browser's Accept-Language, else English), from the names
 * {@link TasklistFilters} keeps in the filter's properties. Nothing is stored differently; every other answer
 * passes unchanged.
 */
@Configuration(proxyBeanMethods = false)
class TasklistFilterNames {

    private static final Pattern FILTER_READ = Pattern.compile(".*/engine/[^/]+/filter(/[^/]+)?/?");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tasklistFilterNamesFilter(ObjectMapper json,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"GET".equals(request.getMethod()) || !FILTER_READ.matcher(request.getRequestURI()).matches()) {
                    chain.doFilter(request, response);
                    return;
                }
                TasklistAnswers.translated(request, response, chain, json, (body, language) -> {
                    if (body.isArray()) {
                        body.forEach(filter -> translate(filter, language));
                    } else {
                        translate(body, language);
                    }
                });
            }
        });
        registration.setName("tasklistFilterNames");
        registration.addUrlPatterns(webappPath + "/api/engine/*");
        return registration;
    }

    private static void translate(JsonNode filter, String language) {
        JsonNode name = filter.path("properties").path(FilterNames.property(language));
        if (filter instanceof ObjectNode object && name.isTextual()) {
            object.put("name", name.asText());
        }
    }
}
