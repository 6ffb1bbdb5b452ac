package kz.election.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.MemoryMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * One node of the application: the built jar started as its own JVM, exactly as README's
 * "More than one node" says, against the benchmark's database. Its memory is sampled from outside:
 * resident set from /proc/&lt;pid&gt;/status (VmRSS, and the kernel's high-water mark VmHWM), heap
 * over JMX through the JDK's attach API (no port opened on the node).
 */
final class AppNode implements AutoCloseable {

    static final String ADMIN = "demo-admins";
    static final String TEC = "demo-tec";

    private final String name;
    private final Process process;
    private final Api api;
    private final String password;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "memory-sampler");
        t.setDaemon(true);
        return t;
    });
    private volatile long peakHeapUsed;
    private volatile long peakHeapCommitted;
    private volatile long peakRssSampled;
    private JMXConnector jmx;

    private AppNode(String name, Process process, Api api, String password) {
        this.name = name;
        this.process = process;
        this.api = api;
        this.password = password;
    }

    /**
     * Starts the jar and waits until its REST API answers (the demo users exist then).
     *
     * @param jvmArgs extra JVM options (e.g. -Xmx512m, a JFR recording), empty for the defaults
     * @param appArgs extra Spring arguments (e.g. --camunda.bpm.history-level=activity)
     */
    static AppNode start(String name, Path jar, int port, Database database, int smtpPort, String password,
                         List<String> jvmArgs, List<String> appArgs, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        // the production jar has no benchmark clock (bench/src/main/java): the node gets it from a folder
        // of its own on Spring Boot's loader path, so the jar measured is the jar that ships
        command.add("-Dloader.path=" + clockClasses());
        command.add("-cp");
        command.add(jar.toString());
        command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        command.add("--server.port=" + port);
        command.add("--spring.profiles.active=demo,bench");
        // the bare engine's one-task process is deployed over REST (BareEngine); production refuses that
        command.add("--election.engine.runtime-deployments=true");
        command.add("--spring.datasource.url=" + database.jdbcUrl());
        command.add("--spring.datasource.username=postgres");
        command.add("--spring.mail.host=127.0.0.1");
        command.add("--spring.mail.port=" + smtpPort);
        command.add("--election.mail.base-url=http://localhost:" + port);
        command.addAll(appArgs);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the demo users' password reaches the node the way README says: through the environment
        builder.environment().put("ELECTION_DEMO_PASSWORD", password);
        Process process = builder.start();
        AppNode node = new AppNode(name, process, new Api("http://localhost:" + port), password);
        node.awaitReady(Duration.ofMinutes(Long.getLong("bench.startMinutes", 12)), log);
        node.startSampling();
        return node;
    }

    /**
     * A folder holding only the benchmark's clock controller (compiled from bench/src/main/java into the
     * test classes), so the node's class path gains that one class and none of the tests.
     */
    static Path clockClasses() throws IOException {
        Path testClasses;
        try {
            testClasses = Path.of(BenchClockController.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        Path packageDir = Path.of("kz", "election", "bench");
        Path target = Path.of("target", "bench-clock").toAbsolutePath();
        Files.createDirectories(target.resolve(packageDir));
        try (var classes = Files.list(testClasses.resolve(packageDir))) {
            for (Path file : (Iterable<Path>) classes.filter(f -> f.getFileName().toString()
                    .startsWith("BenchClockController"))::iterator) {
                Files.copy(file, target.resolve(packageDir).resolve(file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private void awaitReady(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (api.get(ADMIN, password, "/api/me").ok()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the port is not open yet
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " did not answer within " + timeout + "; see " + log);
    }

    private void startSampling() {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
            String address = vm.startLocalManagementAgent();
            vm.detach();
            jmx = JMXConnectorFactory.connect(new JMXServiceURL(address));
        } catch (Exception e) {
            System.err.println("[bench] no JMX on " + name + " (heap not sampled): " + e);
        }
        sampler.scheduleAtFixedRate(this::sample, 0, 250, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        try {
            peakRssSampled = Math.max(peakRssSampled, statusKb("VmRSS") * 1024);
            if (jmx != null) {
                MBeanServerConnection connection = jmx.getMBeanServerConnection();
                MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connection,
                        ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
                peakHeapUsed = Math.max(peakHeapUsed, memory.getHeapMemoryUsage().getUsed());
                peakHeapCommitted = Math.max(peakHeapCommitted, memory.getHeapMemoryUsage().getCommitted());
            }
        } catch (Exception e) {
            // the node is stopping; the peaks so far stand
        }
    }

    /** A line of /proc/&lt;pid&gt;/status in kB, 0 when the process is gone. */
    long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** The kernel's peak resident set of the node (VmHWM), bytes. */
    long peakRss() {
        return Math.max(statusKb("VmHWM") * 1024, peakRssSampled);
    }

    long peakHeapUsed() {
        return peakHeapUsed;
    }

    long peakHeapCommitted() {
        return peakHeapCommitted;
    }

    String name() {
        return name;
    }

    Api api() {
        return api;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        try {
            if (jmx != null) {
                jmx.close();
            }
        } catch (IOException ignored) {
            // the node goes away anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
