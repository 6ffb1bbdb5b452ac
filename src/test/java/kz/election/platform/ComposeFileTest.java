package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml is a valid Compose file: no Docker runs here or in CI, so it is checked against the
 * Compose Specification's own JSON schema (schema/compose-spec.json of the compose-spec/compose-spec
 * repository, commit 00655e2222608fa6eaecdf12ac5195889ca2244a, kept unchanged in
 * src/test/resources/compose). ComposeIT runs the topology it declares.
 */
class ComposeFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void composeYamlFollowsTheComposeSpecification() throws Exception {
        assertThat(errors(Files.readString(Path.of("compose.yaml")))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatComposeRefuses() throws Exception {
        // the check can fail: a misspelt key and a wrong type are named
        assertThat(errors("""
                services:
                  node-1:
                    image: akim-elections:0.1.0-SNAPSHOT
                    enviroment:
                      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/elections
                    ports: 8081
                """)).hasSize(2).anySatisfy(error -> assertThat(error).contains("enviroment"))
                .anySatisfy(error -> assertThat(error).contains("ports"));
    }

    /** The file as compose reads it (anchors and merge keys resolved), validated against the specification. */
    private static List<String> errors(String yaml) throws Exception {
        Map<String, Object> compose = new Yaml().load(yaml);
        JsonNode document = JSON.valueToTree(compose);
        // loaded from its location, against which the schema's relative $id resolves
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:compose/compose-spec.json"));
        return schema.validate(document).stream().map(Error::toString).toList();
    }
}
