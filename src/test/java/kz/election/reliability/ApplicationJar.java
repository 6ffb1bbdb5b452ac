package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The built jar (mvn package runs before the integration tests) started as production starts it, in a
 * JVM of its own: for the tests that kill a node, restart it, or run several.
 */
public final class ApplicationJar {

    private ApplicationJar() {
    }

    /**
     * Starts the jar with these JVM options, environment and arguments, its output in {@code log}, and
     * waits until {@code ready} answers true; a node that dies or does not get ready in time fails the test.
     */
    public static Process start(List<String> jvmOptions, Map<String, String> environment, List<String> arguments,
                                Path log, Duration patience, Callable<Boolean> ready) throws Exception {
        File[] jars = new File("target").listFiles((dir, name) -> name.startsWith("akim-elections-")
                && name.endsWith(".jar") && !name.endsWith("-sources.jar"));
        assertThat(jars).as("the application jar in target/ (run mvn verify or mvn package)").hasSize(1);
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jars[0].getAbsolutePath()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application is alive, see %s", log).isTrue();
            try {
                if (ready.call()) {
                    return process;
                }
            } catch (IOException notYet) {
                // the port does not answer yet
            }
            Thread.sleep(500); // polling a separate process for readiness: there is no engine clock to move
        }
        process.destroyForcibly();
        throw new AssertionError("the application did not get ready in time, see " + log);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
