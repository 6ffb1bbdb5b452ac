package kz.election.operations;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api} (springdoc builds the operations from the controllers, their
 * parameters and bean validation rules). Added here what springdoc cannot see: HTTP Basic against the
 * engine's users, and the problem+json answers (RFC 9457) every operation gives, with the field
 * violations a 400 lists (web/ApiProblems).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String BASIC = "basic";

    private static final Map<String, String> ANSWERS = answers();

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "Invalid input: every wrong field is named in errors, nothing was saved");
        answers.put("401", "No or wrong credentials");
        answers.put("403", "Your role or commission does not allow this request");
        answers.put("404", "No such election, precinct, complaint or other matter");
        answers.put("409", "Someone else changed this at the same moment, or the matter is past this step");
        answers.put("503", "The database cannot be reached right now; nothing was saved, try again after Retry-After");
        return answers;
    }

    @Bean
    OpenAPI electionApi() {
        return new OpenAPI()
                .info(new Info().title("Akim elections API").version("1")
                        .description("The election API of the commissions' integrations. Camunda's own REST API"
                                + " (/engine-rest) is described by Camunda's OpenAPI document (README, \"Operations\").")
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user of the engine (Admin) with the password of their Tasklist login")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        // here, not on the OpenAPI bean: springdoc replaces the bean's schemas with those it computes
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problem());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    // an answer springdoc found on an exception handler is replaced: every error here is problem+json
                    ANSWERS.forEach((status, description) -> operation.getResponses().put(status,
                            new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))))));
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        Schema<?> violation = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, parameter or JSON path that is wrong"))
                .addProperty("message", new StringSchema().description("what is wrong and what would be accepted"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has 1 invalid field: votes"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(violation)
                        .description("with 400 only: each invalid field and why"));
    }
}
