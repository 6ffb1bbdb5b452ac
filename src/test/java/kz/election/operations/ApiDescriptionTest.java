package kz.election.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.election.ElectionTest;
import kz.election.reliability.Api;
import kz.election.reliability.Api.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The description of /api is served to signed-in callers only, holds every controller mapping of /api
 * (a new endpoint cannot be left out of it), the problem+json answers and the bean validation rules.
 */
@ElectionTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDescriptionIsForSignedInCallersOnly() throws Exception {
        Api api = new Api(port);
        for (String path : new String[] {"/api/openapi.json", "/api/docs", "/api/swagger-ui/index.html"}) {
            assertThat(api.get(null, path).status()).as(path).isEqualTo(401);
        }
        Answer document = api.get("demo-pec", "/api/openapi.json");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("openapi").asText()).startsWith("3.");
        // Swagger UI: /api/docs leads to it, and its page may load its own scripts and styles
        Answer docs = api.get("demo-pec", "/api/docs");
        assertThat(docs.status()).isEqualTo(302);
        HttpResponse<String> ui = HttpClient.newHttpClient().send(api.request("demo-pec", "/api/swagger-ui/index.html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui-bundle.js");
        assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'", "connect-src 'self'").doesNotContain("unsafe"));
        // the rest of /api keeps its policy of nothing at all
        assertThat(HttpClient.newHttpClient().send(api.request("demo-pec", "/api/openapi.json").GET().build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void everyControllerMappingOfTheApiIsDescribed() throws Exception {
        JsonNode paths = new Api(port).get("demo-tec", "/api/openapi.json").json().path("paths");
        List<String> mapped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("kz.election")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                // springdoc writes {name:regex} as {name}
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("get")
                        : info.getMethodsCondition().getMethods().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
                for (String method : methods) {
                    mapped.add(method + " " + path);
                    if (!paths.path(path).has(method)) {
                        missing.add(method.toUpperCase(Locale.ROOT) + " " + path + " (" + handler.getShortLogMessage() + ")");
                    }
                }
            }
        });

        assertThat(mapped).as("the controllers of /api").hasSizeGreaterThan(20);
        assertThat(missing).as("mappings of /api missing from /api/openapi.json").isEmpty();
    }

    @Test
    void everyOperationAnswersErrorsAsProblemJsonWithTheFieldsAt400() throws Exception {
        JsonNode document = new Api(port).get("demo-tec", "/api/openapi.json").json();
        JsonNode problem = document.path("components").path("schemas").path(ApiDescription.PROBLEM);
        assertThat(problem.path("properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "errors");
        assertThat(problem.path("properties").path("errors").path("items").path("properties").fieldNames())
                .toIterable().containsExactly("field", "message");

        List<String> without = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode badRequest = operation.getValue().path("responses").path("400").path("content")
                    .path(ApiDescription.PROBLEM_JSON).path("schema").path("$ref");
            if (!badRequest.asText().endsWith("/" + ApiDescription.PROBLEM)) {
                without.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(without).as("operations without the problem+json answer").isEmpty();
        assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
    }

    @Test
    void aFieldsBeanValidationRulesAreInTheDescription() throws Exception {
        JsonNode decisions = new Api(port).get("demo-tec", "/api/openapi.json").json()
                .path("paths").path("/api/decisions").path("get").path("parameters");
        JsonNode businessKey = null;
        for (JsonNode parameter : decisions) {
            if (parameter.path("name").asText().equals("businessKey")) {
                businessKey = parameter.path("schema");
            }
        }
        assertThat(businessKey).as(decisions.toString()).isNotNull();
        assertThat(businessKey.path("minLength").asInt()).isEqualTo(1);
        assertThat(businessKey.path("maxLength").asInt()).isEqualTo(64);
        assertThat(businessKey.path("pattern").asText()).isEqualTo("[A-Za-z0-9-]+");
    }
}
