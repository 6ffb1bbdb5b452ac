package kz.election.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.reliability.Api;
import kz.election.reliability.Api.Answer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
            JsonNode responses = operation.getValue().path("responses");
            if (!responses.has("400")) {
                without.add(operation.getKey() + " " + path.getKey() + " 400");
            }
            // every client error, not only 400, is described as the one problem schema
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") && !response.getValue().path("content")
                        .path(ApiDescription.PROBLEM_JSON).path("schema").path("$ref").asText()
                        .endsWith("/" + ApiDescription.PROBLEM)) {
                    without.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                }
            });
        }));
        assertThat(without).as("client errors not answered as problem+json").isEmpty();
        assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    /**
     * Every property of every request body, nested objects included, says what it is (its type) and what
     * the server checks (its description): a caller needs nothing but the document to send a valid body.
     */
    @Test
    void everyRequestBodyPropertySaysItsTypeAndWhatTheServerChecks() throws Exception {
        JsonNode document = new Api(port).get("demo-tec", "/api/openapi.json").json();
        List<String> lacking = new ArrayList<>();
        List<String> described = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("requestBody").path("content").fields().forEachRemaining(media ->
                        properties(document, media.getValue().path("schema"),
                                operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), new HashSet<>(),
                                (where, property) -> {
                                    described.add(where);
                                    if (property.path("description").asText().isBlank()) {
                                        lacking.add(where + ": no description");
                                    }
                                    if (!property.has("type") && !property.has("$ref")) {
                                        lacking.add(where + ": no type");
                                    }
                                }))));
        assertThat(described).as("request body properties").hasSizeGreaterThan(80)
                .contains("POST /api/elections territory", "POST /api/no-confidence initiators[].fullName");
        assertThat(lacking).isEmpty();
        JsonNode territory = schema(document, "AnnouncementRequest").path("properties").path("territory");
        assertThat(territory.path("pattern").asText()).isEqualTo("[0-9]{9}");
        assertThat(schema(document, "NominationRequest").path("properties").path("iin").path("pattern").asText())
                .isEqualTo("[0-9]{12}");
    }

    /**
     * What the server refuses to go without is listed as required: each operation below is sent an empty
     * object, and every field its 400 answer names must be in its body schema's required list, or, where
     * OpenAPI cannot say it (a field required for one kind of request only), say "required for" what.
     */
    @Test
    void everyFieldTheServerRequiresIsListedAsRequired() throws Exception {
        Api api = new Api(port);
        JsonNode document = api.get("demo-tec", "/api/openapi.json").json();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        Api.Answer announced = api.post("demo-tec", "/api/elections", Map.of("territory", "116633100", "level", "RURAL",
                "post", "Akim of Kosshy (API description " + UUID.randomUUID().toString().substring(0, 8) + ")",
                "reason", "REGULAR", "callDate", "2026-08-01", "electionDay", "2026-09-13", "termEnd", "2026-10-01",
                "precinctsCsv", "number;address;voters\n1;School No. 1;812\n"));
        assertThat(announced.status()).as("%s", announced).isEqualTo(201);
        String election = announced.json().get("number").asText();
        Map<String, String[]> probes = new LinkedHashMap<>();
        probes.put("/api/elections", new String[] {"/api/elections", "demo-tec"});
        probes.put("/api/elections/{number}/nominations", new String[] {"/api/elections/" + election + "/nominations", "demo-tec"});
        probes.put("/api/elections/{number}/ballot", new String[] {"/api/elections/" + election + "/ballot", "demo-tec"});
        probes.put("/api/complaints", new String[] {"/api/complaints", "demo-complaints"});
        probes.put("/api/no-confidence", new String[] {"/api/no-confidence", "demo-maslikhat"});
        probes.put("/api/no-confidence/appeals", new String[] {"/api/no-confidence/appeals", "demo-maslikhat"});
        probes.put("/api/precincts/{electionNumber}/{precinctNumber}/staff",
                new String[] {"/api/precincts/" + election + "/1/staff", "demo-tec"});
        probes.put("/api/elections/{number}/cancellation",
                new String[] {"/api/elections/" + election + "/cancellation", "demo-tec"});

        List<String> unlisted = new ArrayList<>();
        Set<String> probed = new TreeSet<>();
        for (Map.Entry<String, String[]> probe : probes.entrySet()) {
            Api.Answer answer = api.post(probe.getValue()[1], probe.getValue()[0], Map.of());
            assertThat(answer.status()).as("%s %s", probe.getKey(), answer).isEqualTo(400);
            JsonNode body = resolve(document, document.path("paths").path(probe.getKey()).path("post")
                    .path("requestBody").path("content").path("application/json").path("schema"));
            Set<String> required = new HashSet<>();
            body.path("required").forEach(field -> required.add(field.asText()));
            for (JsonNode error : answer.json().path("errors")) {
                String field = error.path("field").asText().replaceAll("[\\[.].*", "");
                probed.add(probe.getKey() + " " + field);
                if (!required.contains(field) && !body.path("properties").path(field).path("description").asText()
                        .contains("required for ")) {
                    unlisted.add(probe.getKey() + " " + field + " (" + error.path("message").asText() + ")");
                }
            }
        }
        assertThat(probed).as("fields the server named missing").hasSizeGreaterThan(20);
        assertThat(unlisted).as("fields the server requires, not listed as required").isEmpty();
    }

    private interface PropertyVisitor {
        void visit(String where, JsonNode property);
    }

    private static void properties(JsonNode document, JsonNode schema, String where, Set<String> seen,
                                   PropertyVisitor visitor) {
        if (schema.has("$ref") && !seen.add(schema.path("$ref").asText())) {
            return;
        }
        JsonNode resolved = resolve(document, schema);
        if (resolved.has("items")) {
            properties(document, resolved.path("items"), where + "[]", seen, visitor);
        }
        if (resolved.path("additionalProperties").isObject()) {
            properties(document, resolved.path("additionalProperties"), where + "{}", seen, visitor);
        }
        resolved.path("properties").fields().forEachRemaining(property -> {
            String at = where + (where.endsWith("]") || where.endsWith("}") ? "." : " ") + property.getKey();
            visitor.visit(at, property.getValue());
            properties(document, property.getValue(), at, new HashSet<>(seen), visitor);
        });
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : schema(document, ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static JsonNode schema(JsonNode document, String name) {
        return document.path("components").path("schemas").path(name);
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
