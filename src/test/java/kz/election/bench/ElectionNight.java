package kz.election.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * The nationwide election night, in one run: a PostgreSQL of its own, the application jar
 * as one node, N elections seeded over REST, the clock moved to polls close, every protocol posted by
 * C clients and accepted; then the bare engine and pgbench on the same database; then the same
 * workload on two nodes. Writes JSON and a PNG to the results folder and fails when a check fails.
 *
 * <p>Run it with {@code mvn -Pbench verify} (bench/README.md); the test suite runs a small one
 * ({@link ElectionNightSmokeIT}).
 */
public final class ElectionNight {

    static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);

    /** What to run; every value from a system property {@code bench.*} in {@link #fromSystemProperties}. */
    record Settings(String label, int elections, int precincts, int clients, int nodes, long seed,
                    List<String> appJvmArgs, List<String> appArgs, Path jar, Path results, Path work,
                    boolean synchronousCommit, int pgbenchSeconds, int pgbenchScale, boolean bareEngine) {

        static Settings fromSystemProperties() {
            return new Settings(
                    System.getProperty("bench.label", "default"),
                    Integer.getInteger("bench.elections", 730),
                    Integer.getInteger("bench.precincts", 10_000),
                    Integer.getInteger("bench.clients", 8),
                    Integer.getInteger("bench.nodes", 2),
                    Long.getLong("bench.seed", 20210725L),
                    words(System.getProperty("bench.appJvmArgs", "")),
                    words(System.getProperty("bench.appArgs", "")),
                    findJar(),
                    Path.of(System.getProperty("bench.results", "bench/results")),
                    Path.of(System.getProperty("bench.work", "target/bench")),
                    Boolean.parseBoolean(System.getProperty("bench.synchronousCommit", "true")),
                    Integer.getInteger("bench.pgbenchSeconds", 30),
                    Integer.getInteger("bench.pgbenchScale", 10),
                    Boolean.parseBoolean(System.getProperty("bench.bareEngine", "true")));
        }

        static List<String> words(String text) {
            return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
        }

        static Path findJar() {
            String given = System.getProperty("bench.jar");
            if (given != null && !given.isBlank()) {
                return Path.of(given);
            }
            try (var files = Files.list(Path.of("target"))) {
                return files.filter(f -> f.getFileName().toString().matches("akim-elections-.*\\.jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException(
                                "no application jar in target/: build it first (mvn -Pbench verify does)"));
            } catch (IOException e) {
                throw new IllegalStateException("no target/ folder: build the jar first", e);
            }
        }
    }

    /** One phase's figures, also what the smoke test asserts on. */
    record Phase(String name, int nodes, NightPlan plan, Night.Outcome night, Checks.Verdict checks,
                 Map<String, Object> figures) {
    }

    record Result(Map<String, Object> report, List<Phase> phases, Path json, Path png) {
    }

    private ElectionNight() {
    }

    public static void main(String[] args) throws Exception {
        Result result = run(Settings.fromSystemProperties());
        System.out.println("[bench] results: " + result.json() + " and " + result.png());
        boolean passed = result.phases().stream().allMatch(p -> p.checks().passed());
        System.exit(passed ? 0 : 1);
    }

    static Result run(Settings s) throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        String password = "bench-" + UUID.randomUUID();
        Path work = s.work().resolve(run);
        Files.createDirectories(work);
        Files.createDirectories(s.results());
        log("run " + run + ": " + s.elections() + " elections, " + s.precincts() + " precincts, " + s.clients()
                + " clients, up to " + s.nodes() + " nodes; jar " + s.jar() + "; work in " + work);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("label", s.label());
        report.put("run", run);
        report.put("startedAt", Instant.now().toString());
        report.put("machine", Machine.describe());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("elections", s.elections());
        settings.put("precincts", s.precincts());
        settings.put("clients", s.clients());
        settings.put("nodes", s.nodes());
        settings.put("seed", s.seed());
        settings.put("appJvmArgs", s.appJvmArgs());
        settings.put("appArgs", s.appArgs());
        settings.put("synchronousCommit", s.synchronousCommit());
        settings.put("drivenProcess", "election.bpmn: announced, candidates nominated and registered, ballot fixed and"
                + " counts started by its timers, protocols posted and accepted, results established by tec-staff");
        report.put("settings", settings);

        List<Phase> phases = new ArrayList<>();
        List<AppNode> nodes = new ArrayList<>();
        Map<String, Histogram> latencies = new LinkedHashMap<>();
        Map<String, List<Integer>> throughput = new LinkedHashMap<>();
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Database db = new Database(work.resolve("postgres"), s.synchronousCommit())) {
            log("PostgreSQL on port " + db.port());
            long t = System.nanoTime();
            nodes.add(AppNode.start("node-1", s.jar(), freePort(), db, smtp.getSmtp().getPort(), password,
                    jvmArgs(s, "node-1", work), s.appArgs(), work.resolve("node-1.log")));
            log("node-1 up in " + secs(t) + " s (pid " + nodes.get(0).pid() + ")");
            report.put("emptyDatabaseBytes", db.size());

            Phase one = phase("oneNode", 0, s, run + "a", db, List.of(nodes.get(0)), password, s.seed());
            phases.add(one);
            latencies.put("submit, 1 node", one.night().submit);
            latencies.put("accept, 1 node", one.night().accept);
            throughput.put("1 node", one.night().perSecond());

            if (s.bareEngine()) {
                log("bare engine: " + one.plan().precincts().size() + " starts and completions");
                BareEngine.Outcome bare = new BareEngine(nodes.get(0).api(), password, s.clients())
                        .run(one.plan().precincts().size());
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("units", bare.units());
                b.put("seconds", bare.seconds());
                b.put("perSecond", bare.perSecond());
                b.put("unitLatencyMs", Plot.millis(bare.latency()));
                report.put("bareEngine", b);
                latencies.put("bare engine unit, 1 node", bare.latency());
                log("bare engine: " + fmt(bare.perSecond()) + " /s");
            }

            Optional<PgBench.Outcome> pg = s.pgbenchSeconds() <= 0 ? Optional.empty()
                    : PgBench.run(db, s.clients(), s.pgbenchSeconds(), s.pgbenchScale(), work.resolve("pgbench.log"));
            report.put("pgbench", pg.map(p -> (Object) Map.of("tps", p.tps(), "version", p.version(),
                    "script", "simple-update", "scale", s.pgbenchScale(), "clients", s.clients(),
                    "seconds", s.pgbenchSeconds()))
                    .orElse(s.pgbenchSeconds() <= 0 ? "skipped (bench.pgbenchSeconds=0)" : "not installed"));
            pg.ifPresent(p -> log("pgbench simple-update: " + fmt(p.tps()) + " tps"));

            if (s.nodes() >= 2) {
                for (int i = 2; i <= s.nodes(); i++) {
                    t = System.nanoTime();
                    nodes.add(AppNode.start("node-" + i, s.jar(), freePort(), db, smtp.getSmtp().getPort(), password,
                            jvmArgs(s, "node-" + i, work), s.appArgs(), work.resolve("node-" + i + ".log")));
                    log("node-" + i + " up in " + secs(t) + " s");
                }
                Phase two = phase("twoNodes", 1, s, run + "b", db, nodes, password, s.seed() + 1);
                phases.add(two);
                latencies.put("submit, " + s.nodes() + " nodes", two.night().submit);
                throughput.put(s.nodes() + " nodes", two.night().perSecond());
            }

            report.put("memory", memory(nodes));
            report.put("finalDatabaseBytes", db.size());
            report.put("ratios", ratios(report, phases));
            report.put("targets", targets(report, phases, nodes));
        } catch (Exception | Error e) {
            // what was measured before the failure is kept: a broken second phase must not hide the first
            report.put("failure", e.toString());
            if (!phases.isEmpty()) {
                report.put("memory", memory(nodes));
                report.put("ratios", ratios(report, phases));
                report.put("targets", targets(report, phases, nodes));
            }
            write(s, report, phases, throughput, latencies);
            throw e;
        } finally {
            for (AppNode node : nodes) {
                node.close();
            }
            smtp.stop();
        }
        Path[] files = write(s, report, phases, throughput, latencies);
        Path json = files[0];
        Path png = files[1];
        log(Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.get("ratios")));
        log(Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.get("targets")));
        return new Result(report, phases, json, png);
    }

    private static List<Map<String, Object>> memory(List<AppNode> nodes) {
        List<Map<String, Object>> memory = new ArrayList<>();
        for (AppNode node : nodes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("node", node.name());
            m.put("peakRssBytes", node.peakRss());
            m.put("peakHeapUsedBytes", node.peakHeapUsed());
            m.put("peakHeapCommittedBytes", node.peakHeapCommitted());
            memory.add(m);
        }
        return memory;
    }

    private static Path[] write(Settings s, Map<String, Object> report, List<Phase> phases,
                                Map<String, List<Integer>> throughput, Map<String, Histogram> latencies)
            throws IOException {
        for (Phase phase : phases) {
            report.put(phase.name(), phase.figures());
        }
        report.put("finishedAt", Instant.now().toString());
        report.put("loadAverageAtEnd", Machine.loadAverage());
        Path json = s.results().resolve("election-night-" + s.label() + ".json");
        Path png = s.results().resolve("election-night-" + s.label() + ".png");
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
        Plot.write(png, "Election night (" + s.label() + ")", throughput, latencies);
        return new Path[]{json, png};
    }

    private static Phase phase(String name, int round, Settings s, String run, Database db, List<AppNode> nodes,
                               String password, long seed) {
        Api first = nodes.get(0).api();
        NightPlan plan = NightPlan.draw(run, round, s.elections(), s.precincts(), seed);
        LocalDate today = OffsetDateTime.parse(Seeder.expect(200, first.get(AppNode.ADMIN, password, "/api/bench/clock"),
                "clock").json().get("now").asText()).toLocalDate();
        Seeder seeder = new Seeder(first, password, s.clients());
        long t = System.nanoTime();
        seeder.seedCountry(plan);
        double countrySeconds = secs(t);
        Map<String, Object> country = countryFigures(plan, countrySeconds);
        log(name + ": country " + country);
        seeder.seed(plan, today);
        // the nomination period: every candidate nominated and registered by the TEC
        moveClocks(nodes, password, Seeder.nominationDay(today).atTime(10, 0).atOffset(KAZAKHSTAN));
        seeder.nominateAndRegister(plan, today);
        // nomination and registration close; election.bpmn fixes each ballot and waits for the campaign's end
        moveClocks(nodes, password, Seeder.afterRegistration(today).atTime(10, 0).atOffset(KAZAKHSTAN));
        seeder.awaitCount("/engine-rest/process-instance/count?processDefinitionKey=election&activityIdIn=campaignEnds",
                plan.elections.size(), "ballots fixed", Duration.ofMinutes(30));
        seeder.readBallots(plan);
        double seedSeconds = secs(t);
        log(name + ": seeded " + plan.elections.size() + " elections, " + plan.precincts().size()
                + " precincts, " + plan.elections.stream().mapToInt(e -> e.ballot.size()).sum()
                + " registered candidates in " + fmt(seedSeconds) + " s");

        // election day: polls open at 07:00 (every count starts), close at 20:00 local time
        t = System.nanoTime();
        moveClocks(nodes, password, Seeder.electionDay(today).atTime(LocalTime.of(20, 5)).atOffset(KAZAKHSTAN));
        seeder.reportTurnout(plan);
        seeder.awaitCount("/engine-rest/task/count?processDefinitionKey=precinctCount&taskDefinitionKey=enterProtocol",
                plan.precincts().size(), "protocol entry open", Duration.ofMinutes(30));
        double daySeconds = secs(t);
        log(name + ": election day (counts started, turnout reported, polls closed) in " + fmt(daySeconds) + " s");
        Map<String, Long> before = snapshot(db);
        db.resetStatements();
        Map<String, Double> cpuBefore = CpuTime.snapshot(nodes);
        Night.Outcome night = new Night(nodes.stream().map(AppNode::api).toList(), password, s.clients())
                .run(plan, seed);
        Map<String, Double> cpu = CpuTime.spent(cpuBefore, CpuTime.snapshot(nodes));
        AppNode.sleep(1500); // PostgreSQL publishes its commit counters within a second
        Map<String, Object> statements = db.statements(Math.max(1, night.accepted.sum()), 15);
        Map<String, Long> after = snapshot(db);
        log(name + ": " + night.accepted.sum() + " protocols and " + night.results.sum() + " results in "
                + fmt(night.seconds()) + " s = "
                + fmt(night.protocolsPerSecond()) + " /s; submit p99 " + night.submit.getValueAtPercentile(99) / 1000.0
                + " ms");
        log(name + ": CPU seconds during the night " + cpu + ", " + fmt((double) statements.get("callsPerProtocol"))
                + " SQL statements per protocol");
        Checks.Verdict verdict = Checks.verify(db, plan, first, password, s.clients());
        log(name + ": checks " + (verdict.passed() ? "passed" : "FAILED " + verdict.problems()));

        double seconds = night.seconds();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("nodes", nodes.size());
        f.put("elections", plan.elections.size());
        f.put("protocols", night.accepted.sum());
        f.put("country", country);
        f.put("seedSeconds", seedSeconds);
        f.put("electionDaySeconds", daySeconds);
        f.put("firstProtocolToLastResultSeconds", seconds);
        f.put("protocolsPerSecond", night.protocolsPerSecond());
        f.put("submitLatencyMs", Plot.millis(night.submit));
        f.put("acceptLatencyMs", Plot.millis(night.accept));
        f.put("resultsEstablished", night.results.sum());
        f.put("establishLatencyMs", Plot.millis(night.establish));
        f.put("processInstancesStartedPerSecond", (after.get("started") - before.get("started")) / seconds);
        f.put("processInstancesEndedPerSecond", (after.get("ended") - before.get("ended")) / seconds);
        f.put("jobsExecuted", after.get("jobs") - before.get("jobs"));
        f.put("jobsPerSecond", (after.get("jobs") - before.get("jobs")) / seconds);
        f.put("tasksCompletedPerSecond", (after.get("tasks") - before.get("tasks")) / seconds);
        f.put("commits", after.get("commits") - before.get("commits"));
        f.put("commitsPerSecond", (after.get("commits") - before.get("commits")) / seconds);
        f.put("databaseBytesBefore", before.get("size"));
        f.put("databaseBytesAfter", after.get("size"));
        f.put("databaseGrowthBytes", after.get("size") - before.get("size"));
        // where the cores went (the clients share the machine) and what the database was asked
        Map<String, Double> cpuPerProtocol = new LinkedHashMap<>();
        cpu.forEach((side, spent) -> cpuPerProtocol.put(side, spent * 1000 / Math.max(1, night.accepted.sum())));
        f.put("cpuSecondsDuringNight", cpu);
        f.put("cpuMillisecondsPerProtocol", cpuPerProtocol);
        f.put("coresBusyDuringNight", cpu.values().stream().mapToDouble(Double::doubleValue).sum() / seconds);
        f.put("statements", statements);
        f.put("retries", night.retries.sum());
        Map<String, Long> unexpected = new LinkedHashMap<>();
        night.unexpected.forEach((k, v) -> unexpected.put(k, v.sum()));
        f.put("retriedAnswers", unexpected);
        f.put("acceptedPerSecond", night.perSecond());
        f.put("checks", verdict);
        return new Phase(name, nodes.size(), plan, night, verdict, f);
    }

    /** The registers the phase's elections run in: how many oblasts, TECs and elections per TEC, how long importing took. */
    private static Map<String, Object> countryFigures(NightPlan plan, double seconds) {
        Map<String, Long> perTec = plan.elections.stream().collect(java.util.stream.Collectors.groupingBy(
                e -> e.tec.commissionCode(), java.util.stream.Collectors.counting()));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("oblasts", plan.country.oblasts.size());
        c.put("oblastsWithElections", plan.elections.stream().map(e -> e.tec.oblastCode()).distinct().count());
        c.put("territorialCommissions", plan.country.tecs.size());
        c.put("ruralDistricts", plan.country.ruralDistricts.size());
        c.put("electionsPerTecMin", perTec.values().stream().mapToLong(Long::longValue).min().orElse(0));
        c.put("electionsPerTecMax", perTec.values().stream().mapToLong(Long::longValue).max().orElse(0));
        c.put("importSeconds", seconds);
        return c;
    }

    /** Moves every node's engine clock (ClockUtil offset, so time runs on from there); their job executors fire what fell due. */
    private static void moveClocks(List<AppNode> nodes, String password, OffsetDateTime now) {
        for (AppNode node : nodes) {
            Seeder.expect(200, node.api().put(AppNode.ADMIN, password, "/api/bench/clock", Map.of("now", now.toString())),
                    "move the clock to " + now);
        }
    }

    /** {node} and {work} in the JVM options become the node's name and the run's folder (e.g. a JFR file per node). */
    private static List<String> jvmArgs(Settings s, String node, Path work) {
        return s.appJvmArgs().stream()
                .map(a -> a.replace("{node}", node).replace("{work}", work.toAbsolutePath().toString()))
                .toList();
    }

    private static Map<String, Long> snapshot(Database db) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("size", db.size());
        m.put("commits", db.commits());
        m.put("started", db.single("SELECT count(*) FROM act_hi_procinst"));
        m.put("ended", db.single("SELECT count(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL"));
        m.put("jobs", db.single("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2"));
        m.put("tasks", db.single("SELECT count(*) FROM act_hi_taskinst WHERE end_time_ IS NOT NULL"));
        return m;
    }

    private static Map<String, Object> ratios(Map<String, Object> report, List<Phase> phases) {
        Map<String, Object> r = new LinkedHashMap<>();
        double ours = (double) phases.get(0).figures().get("protocolsPerSecond");
        r.put("protocolsPerSecond", ours);
        if (report.get("bareEngine") instanceof Map<?, ?> bare) {
            // side by side in one run: what the application makes of the engine on this machine at this moment
            r.put("bareEnginePerSecond", bare.get("perSecond"));
            r.put("protocolRateOverBareEngineRate", ours / (double) bare.get("perSecond"));
        }
        if (report.get("pgbench") instanceof Map<?, ?> pg) {
            r.put("ourCommitsPerSecondOverPgbenchTps",
                    (double) phases.get(0).figures().get("commitsPerSecond") / (double) pg.get("tps"));
        }
        if (phases.size() > 1) {
            r.put("twoNodesOverOneNode", (double) phases.get(1).figures().get("protocolsPerSecond") / ours);
        }
        return r;
    }

    /** The targets, each with the figure it was judged on. */
    private static Map<String, Object> targets(Map<String, Object> report, List<Phase> phases, List<AppNode> nodes) {
        Map<String, Object> t = new LinkedHashMap<>();
        Map<String, Object> one = phases.get(0).figures();
        double seconds = (double) one.get("firstProtocolToLastResultSeconds");
        long protocols = ((Number) one.get("protocols")).longValue();
        int elections = ((Number) one.get("elections")).intValue();
        if (protocols >= 10_000 && elections >= 730) {
            t.put("wholeNightUnder120s", Map.of("seconds", seconds, "met", seconds < 120));
        } else {
            // the target is about the whole nationwide night; a smaller run is not judged on it
            double rate = (double) one.get("protocolsPerSecond");
            t.put("wholeNightUnder120s", Map.of("seconds", seconds, "protocols", protocols,
                    "secondsFor10000AtThisRate", 10_000 / rate,
                    "met", "not judged: " + protocols + " protocols of " + elections + " elections, not 10,000 of 730"));
        }
        Object ratio = ((Map<?, ?>) report.get("ratios")).get("protocolRateOverBareEngineRate");
        if (ratio != null) {
            t.put("atLeast0.67OfBareEngine", Map.of("ratio", ratio, "met", (double) ratio >= 0.67));
        }
        double p99 = ((Map<String, Double>) one.get("submitLatencyMs")).get("p99");
        t.put("submitP99Under500ms", Map.of("ms", p99, "met", p99 < 500));
        long rss = nodes.stream().mapToLong(AppNode::peakRss).max().orElse(0);
        t.put("rssUnder1GiB", Map.of("peakRssBytes", rss, "met", rss < (1L << 30)));
        return t;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static void log(String message) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}
