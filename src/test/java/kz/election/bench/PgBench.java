package kz.election.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own limit on this machine: pgbench's built-in "simple-update" script with the same
 * number of clients, against the same PostgreSQL server (its own database "pgbench", so its tables
 * do not count in the application's size growth). Skipped when pgbench is not installed.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    record Outcome(double tps, String version, String output) {
    }

    static Optional<Path> binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, "pgbench");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<Outcome> run(Database database, int clients, int seconds, int scale, Path log) throws IOException {
        Optional<Path> pgbench = binary();
        if (pgbench.isEmpty()) {
            return Optional.empty();
        }
        database.execute("DROP DATABASE IF EXISTS pgbench");
        database.execute("CREATE DATABASE pgbench");
        String port = Integer.toString(database.port());
        String bin = pgbench.get().toString();
        exec(List.of(bin, "-i", "-q", "-s", Integer.toString(scale), "-h", "localhost", "-p", port, "-U", "postgres", "pgbench"), log);
        String output = exec(List.of(bin, "-n", "-b", "simple-update", "-c", Integer.toString(clients),
                "-j", Integer.toString(Math.min(clients, 2)), "-T", Integer.toString(seconds),
                "-h", "localhost", "-p", port, "-U", "postgres", "pgbench"), log);
        String version = exec(List.of(bin, "--version"), log).strip();
        database.execute("DROP DATABASE pgbench");
        Matcher m = TPS.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + output);
        }
        return Optional.of(new Outcome(Double.parseDouble(m.group(1)), version, output));
    }

    private static String exec(List<String> command, Path log) throws IOException {
        Path out = Files.createTempFile("pgbench", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("pgbench did not finish: " + command);
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Files.writeString(log, String.join(" ", command) + "\n" + text + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed (" + p.exitValue() + "): " + text);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
