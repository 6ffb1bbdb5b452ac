package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The protocol forms carry every line of RULES.md, keyed as the delegates and the checks name them. */
class ProtocolFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"enter-protocol", "accept-protocol"})
    void showEveryFigureAndOneLinePerCandidateOfTheBallot(String form) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());

        assertThat(keys(schema.get("components"))).containsAll(CountVariables.FIGURE_FIELDS)
                .contains(CountVariables.ELECTION_NUMBER, CountVariables.PRECINCT_NUMBER, CountVariables.PROTOCOL_VERSION);
        JsonNode list = dynamicList(schema);
        assertThat(list.get("path").asText()).isEqualTo(CountVariables.CANDIDATE_LINES);
        // the lines come from the ballot: nobody adds or removes a candidate in the form
        assertThat(list.get("allowAddRemove").asBoolean()).isFalse();
        assertThat(keys(list.get("components"))).containsExactly("candidateName", "nominatedBy", "votes");
    }

    @Test
    void theEntryFormRequiresEveryFigureAndShowsTheFailedChecks() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("forms", "enter-protocol.form").toFile());
        List<JsonNode> figures = new ArrayList<>();
        schema.get("components").forEach(c -> {
            if (CountVariables.FIGURE_FIELDS.contains(c.path("key").asText())) {
                figures.add(c);
            }
        });
        dynamicList(schema).get("components").forEach(c -> {
            if (c.path("key").asText().equals("votes")) {
                figures.add(c);
            }
        });

        assertThat(figures).hasSize(CountVariables.FIGURE_FIELDS.size() + 1).allSatisfy(field -> {
            assertThat(field.path("validate").path("required").asBoolean()).isTrue();
            assertThat(field.path("validate").path("min").asInt(-1)).isZero();
        });
        assertThat(keys(schema.get("components"))).contains(CountVariables.CONTROL_CHECK_FAILURES);
    }

    private static JsonNode dynamicList(JsonNode schema) {
        for (JsonNode component : schema.get("components")) {
            if ("dynamiclist".equals(component.path("type").asText())) {
                return component;
            }
        }
        throw new AssertionError("no dynamic list of candidates");
    }

    private static List<String> keys(JsonNode components) {
        List<String> keys = new ArrayList<>();
        components.forEach(c -> {
            if (c.has("key")) {
                keys.add(c.get("key").asText());
            }
        });
        return keys;
    }
}
