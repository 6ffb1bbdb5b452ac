package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application, a separate JVM started from the built jar on a PostgreSQL this test
 * owns, is killed with SIGKILL while several clients post precinct protocols. After a restart every
 * protocol that got a 2xx is stored exactly once, every other one is accepted once when resent with its
 * idempotency key, and every precinct's count reaches acceptance with an intact hash chain.
 */
class CrashIT {

    private static final int PRECINCTS = 24;
    private static final int CLIENTS = 4;
    /** Kill the application once this many protocols were answered 2xx: mid-way through the night. */
    private static final int KILL_AFTER = 6;
    private static final String PASSWORD = "crash-test-" + UUID.randomUUID();
    private static final Path LOGS = Path.of("target", "crash-it");

    private EmbeddedPostgres database;
    private Process app;

    @AfterEach
    void stopEverything() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void protocolsAnsweredBeforeASigkillAreStoredOnceAndTheRestAreAcceptedOnceWhenResent() throws Exception {
        Files.createDirectories(LOGS);
        database = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target", "postgres", "crash-" + UUID.randomUUID()))
                .setCleanDataDirectory(true).start();
        JdbcClient db = JdbcClient.create(database.getPostgresDatabase());

        int port = freePort();
        app = start(port, 1);
        Api api = new Api(port, PASSWORD);
        String election = seed(api);

        // several clients post the night's protocols; the application dies under them
        Map<Integer, Api.Answer> answered = new ConcurrentHashMap<>();
        Map<Integer, String> unanswered = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int p = 1; p <= PRECINCTS; p++) {
            queue.add(p);
        }
        AtomicInteger successes = new AtomicInteger();
        CountDownLatch enoughAnswered = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                for (Integer p = queue.poll(); p != null; p = queue.poll()) {
                    try {
                        Api.Answer answer = postProtocol(api, election, p);
                        answered.put(p, answer);
                        if (answer.ok() && successes.incrementAndGet() >= KILL_AFTER) {
                            enoughAnswered.countDown();
                        }
                    } catch (Exception e) {
                        unanswered.put(p, e.toString());
                    }
                }
            });
        }
        assertThat(enoughAnswered.await(120, TimeUnit.SECONDS)).as("protocols answered before the kill").isTrue();
        app.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful close of anything
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        clients.shutdown();
        assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        List<Integer> stored = answered.entrySet().stream().filter(e -> e.getValue().ok()).map(Map.Entry::getKey)
                .sorted().toList();
        System.out.printf("before the kill: %d answered 2xx %s, %d without an answer or with an error%n",
                stored.size(), stored, PRECINCTS - stored.size());
        assertThat(stored).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(stored.size()).as("the kill came mid-way").isLessThan(PRECINCTS);
        answered.forEach((p, a) -> assertThat(a.status()).as("precinct %d: %s", p, a).isIn(201, 500, 502, 503));

        app = start(port, 2);

        // every 2xx is in the database exactly once, and only those and in-flight ones are there at all
        for (int p : stored) {
            assertThat(protocolsOf(db, election, p)).as("precinct %d", p).containsExactly(
                    answered.get(p).json().get("id").asLong());
        }
        for (int p = 1; p <= PRECINCTS; p++) {
            assertThat(protocolsOf(db, election, p)).as("precinct %d", p).hasSizeLessThanOrEqualTo(1);
        }

        // every client resends what it is not sure of (and, to show idempotency, what it is sure of)
        for (int p = 1; p <= PRECINCTS; p++) {
            Api.Answer resent = postProtocol(api, election, p);
            assertThat(resent.status()).as("precinct %d resent: %s", p, resent).isEqualTo(201);
            if (stored.contains(p)) {
                assertThat(resent.json().get("id").asLong()).isEqualTo(answered.get(p).json().get("id").asLong());
            }
            assertThat(protocolsOf(db, election, p)).as("precinct %d", p).containsExactly(resent.json().get("id").asLong());
        }

        // and the territorial commission accepts every count
        for (int p = 1; p <= PRECINCTS; p++) {
            Api.Answer accepted = api.post("demo-tec", "/api/precincts/" + election + "/" + p + "/protocol/acceptance", null);
            assertThat(accepted.status()).as("precinct %d: %s", p, accepted).isEqualTo(200);
        }
        assertThat(db.sql("""
                SELECT count(*) FROM election.protocol p JOIN election.election e ON e.id = p.election_id
                WHERE e.election_number = ? AND p.status = 'ACCEPTED'""").param(election).query(Long.class).single())
                .isEqualTo(PRECINCTS);
        assertThat(db.sql("""
                SELECT count(*) FROM act_hi_procinst WHERE business_key_ LIKE ? AND end_act_id_ = 'protocolAccepted'""")
                .param(election + "/P%").query(Long.class).single()).isEqualTo(PRECINCTS);
        JsonNode verified = api.get(null, "/api/elections/" + election + "/verify").json();
        assertThat(verified.get("intact").asBoolean()).as("%s", verified).isTrue();
        assertThat(verified.get("length").asInt()).isEqualTo(PRECINCTS);
    }

    private static Api.Answer postProtocol(Api api, String election, int precinct) throws Exception {
        return api.post("pec-crash-" + precinct, "/api/precincts/" + election + "/" + precinct + "/protocol",
                Counts.passingProtocol(), "crash-night-" + precinct);
    }

    private static List<Long> protocolsOf(JdbcClient db, String election, int precinct) {
        return db.sql("""
                        SELECT p.id FROM election.protocol p JOIN election.election e ON e.id = p.election_id
                        JOIN election.precinct pr ON pr.id = p.precinct_id
                        WHERE e.election_number = ? AND pr.precinct_number = ? ORDER BY p.id""")
                .params(election, precinct).query(Long.class).list();
    }

    /** Seeds the night as the commissions would, over the APIs: election, ballot, members, counts. */
    private String seed(Api api) throws Exception {
        StringBuilder csv = new StringBuilder("number;address;voters\n");
        for (int p = 1; p <= PRECINCTS; p++) {
            csv.append(p).append(";School No. ").append(p).append(";812\n");
        }
        Api.Answer announced = api.post("demo-tec", "/api/elections", Map.of("territory", "116633100",
                "level", "RURAL", "post", "Akim of the crash rural district", "reason", "REGULAR",
                "callDate", "2026-08-01", "electionDay", "2026-09-13", "termEnd", "2026-10-01",
                "precinctsCsv", csv.toString()));
        assertThat(announced.status()).as("%s", announced).isEqualTo(201);
        String election = announced.json().get("number").asText();
        Api.Answer ballot = api.post("demo-tec", "/api/elections/" + election + "/ballot", Map.of("candidates", List.of(
                Map.of("registrationNumber", "C-1", "candidateName", "Aigerim Sadykova", "nominatedBy", "Amanat party"),
                Map.of("registrationNumber", "C-2", "candidateName", "Nurlan Bekov", "nominatedBy", "self-nominated"))));
        assertThat(ballot.status()).as("%s", ballot).isEqualTo(201);
        for (int p = 1; p <= PRECINCTS; p++) {
            String member = "pec-crash-" + p;
            assertThat(api.post("demo-admins", "/engine-rest/user/create", Map.of(
                    "profile", Map.of("id", member, "firstName", "Precinct", "lastName", "Member " + p),
                    "credentials", Map.of("password", PASSWORD))).status()).isEqualTo(204);
            assertThat(api.put("demo-admins", "/engine-rest/group/pec-staff/members/" + member, Map.of()).status())
                    .isEqualTo(204);
            assertThat(api.post("demo-tec", "/api/precincts/" + election + "/" + p + "/staff", Map.of("userId", member))
                    .status()).isEqualTo(204);
            Api.Answer started = api.post("demo-admins", "/engine-rest/process-definition/key/precinctCount/start",
                    Map.of("businessKey", election + "/P" + p, "variables", Map.of(
                            "electionNumber", Map.of("value", election, "type", "String"),
                            "precinctNumber", Map.of("value", p, "type", "Integer"))));
            assertThat(started.status()).as("%s", started).isEqualTo(200);
        }
        // each count waits for the close of polls (long past): the application's job executor opens the entries
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (api.get("demo-admins", "/engine-rest/task/count?taskDefinitionKey=enterProtocol&processInstanceBusinessKeyLike="
                + election + "/%25").json().get("count").asInt() < PRECINCTS) {
            assertThat(Instant.now()).as("protocol entries open").isBefore(deadline);
            Thread.sleep(500); // waiting for another process's job executor: no engine clock to move here
        }
        return election;
    }

    /** The built jar, as production starts it. */
    private Process start(int port, int run) throws Exception {
        Api api = new Api(port, PASSWORD);
        return ApplicationJar.start(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC"), Map.of(),
                List.of("--server.port=" + port,
                        "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--election.demo-users=true", "--election.demo-password=" + PASSWORD,
                        "--election.chain.generate-key=true",
                        "--election.registers.territories=classpath:registers/sample/territories.csv",
                        "--election.registers.commissions=classpath:registers/sample/commissions.csv",
                        "--election.registers.members=classpath:registers/sample/members.csv",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + freePort()),
                LOGS.resolve("app-" + run + ".log"), Duration.ofMinutes(4),
                () -> api.get("demo-tec", "/api/me").status() == 200);
    }

    private static int freePort() throws IOException {
        return ApplicationJar.freePort();
    }
}
