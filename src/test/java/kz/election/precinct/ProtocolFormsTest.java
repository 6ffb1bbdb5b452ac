package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.election.platform.FormFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The protocol forms carry every line of docs/RULES.md, keyed as the delegates and the checks name them. */
class ProtocolFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"enter-protocol", "accept-protocol"})
    void showEveryFigureAndAFixedLinePerCandidateHiddenBeyondTheBallot(String form) throws IOException {
        JsonNode schema = schema(form);

        assertThat(keys(schema)).containsAll(CountVariables.FIGURE_FIELDS)
                .contains(CountVariables.ELECTION_NUMBER, CountVariables.PRECINCT_NUMBER, CountVariables.PROTOCOL_VERSION);
        // Tasklist 7.24 keeps "Complete" disabled on a dynamic list bound to a JSON variable
        assertThat(schema.get("components")).noneSatisfy(c -> assertThat(c.path("type").asText()).isEqualTo("dynamiclist"));
        for (int line = 1; line <= CountVariables.MAX_CANDIDATE_LINES; line++) {
            for (String key : List.of(CountVariables.candidateName(line), CountVariables.candidateNominatedBy(line),
                    CountVariables.candidateVotes(line))) {
                JsonNode field = component(schema, key);
                // a line without a candidate of the ballot is not shown, and so neither validated nor sent
                assertThat(field.path("conditional").path("hide").asText()).as(key)
                        .isEqualTo("=%1$s = null or %1$s = \"\"".formatted(CountVariables.candidateName(line)));
            }
            // nobody edits who stands on the ballot
            assertThat(component(schema, CountVariables.candidateName(line)).path("readonly").asBoolean()).isTrue();
            assertThat(component(schema, CountVariables.candidateNominatedBy(line)).path("readonly").asBoolean()).isTrue();
        }
        assertThat(keys(schema)).doesNotContain(CountVariables.candidateVotes(CountVariables.MAX_CANDIDATE_LINES + 1));
    }

    @Test
    void theEntryFormRequiresEveryFigureAndVoteLineAndShowsTheFailedChecks() throws IOException {
        JsonNode schema = schema("enter-protocol");
        List<String> required = new ArrayList<>(CountVariables.FIGURE_FIELDS);
        IntStream.rangeClosed(1, CountVariables.MAX_CANDIDATE_LINES).mapToObj(CountVariables::candidateVotes)
                .forEach(required::add);

        assertThat(required).allSatisfy(key -> {
            JsonNode field = component(schema, key);
            assertThat(field.path("type").asText()).isEqualTo("number");
            assertThat(field.path("readonly").asBoolean()).isFalse();
            assertThat(field.path("validate").path("required").asBoolean()).as(key).isTrue();
            assertThat(field.path("validate").path("min").asInt(-1)).as(key).isZero();
        });
        assertThat(keys(schema)).contains(CountVariables.CONTROL_CHECK_FAILURES);
    }

    @Test
    void theAcceptanceFormChangesNoFigure() throws IOException {
        JsonNode schema = schema("accept-protocol");
        schema.get("components").forEach(c -> {
            if (c.has("key") && !c.path("key").asText().equals("comparedWithPaper")) {
                assertThat(c.path("readonly").asBoolean()).as(c.path("key").asText()).isTrue();
            }
        });
    }

    @Test
    void theDeployedAcceptanceFormTakesOnlyThePaperComparisonAndShowsEveryFigureReadOnly() throws IOException {
        // what the engine deploys and the command guard reads (forms/accept-protocol.form is written by the build)
        FormFields.Form accept = FormFields.fromClasspath()
                .userTask("precinctCount", CountVariables.ACCEPT_PROTOCOL).orElseThrow().form();
        List<String> figures = new ArrayList<>(CountVariables.FIGURE_FIELDS);
        IntStream.rangeClosed(1, CountVariables.MAX_CANDIDATE_LINES).mapToObj(CountVariables::candidateVotes)
                .forEach(figures::add);

        assertThat(accept.id()).isEqualTo("accept-protocol");
        assertThat(accept.editable()).containsExactly("comparedWithPaper");
        assertThat(accept.readOnly()).containsAll(figures)
                .contains(CountVariables.ELECTION_NUMBER, CountVariables.PRECINCT_NUMBER, CountVariables.PROTOCOL_VERSION);
        try (InputStream deployed = getClass().getClassLoader().getResourceAsStream("forms/accept-protocol.form")) {
            assertThat(new ObjectMapper().readTree(deployed)).as("forms/accept-protocol.form as deployed")
                    .isEqualTo(schema("accept-protocol"));
        }
    }

    @Test
    void theEntryFillsTheFormLinesFromTheBallotInOrder() {
        Map<String, Object> lines = CountVariables.formLines(List.of(
                new CountVariables.CandidateLine("C-1", "Aigerim Sadykova", "Amanat party", null),
                new CountVariables.CandidateLine("C-2", "Nurlan Bekov", "self-nominated", null)));

        assertThat(lines).containsEntry("candidate1Name", "Aigerim Sadykova")
                .containsEntry("candidate1NominatedBy", "Amanat party")
                .containsEntry("candidate2Name", "Nurlan Bekov")
                .containsEntry("candidate2Votes", null)
                .doesNotContainKey("candidate3Name");
    }

    private static JsonNode schema(String form) throws IOException {
        return new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
    }

    private static JsonNode component(JsonNode schema, String key) {
        for (JsonNode component : schema.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key);
    }

    private static List<String> keys(JsonNode schema) {
        List<String> keys = new ArrayList<>();
        schema.get("components").forEach(c -> {
            if (c.has("key")) {
                keys.add(c.get("key").asText());
            }
        });
        return keys;
    }
}
