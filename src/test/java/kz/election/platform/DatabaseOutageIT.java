package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import kz.election.ElectionApplication;
import kz.election.ElectionTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database restarts under a running application: requests meanwhile get 503 with a retry hint
 * (never a 500 or a stack trace), on {@code /api} and on Camunda's {@code /engine-rest} alike; once the
 * database is back the pool reconnects by itself, and the job executor, whose polling failed throughout
 * the outage, resumes on its own: a timer that fell due while the database was down fires. The readiness
 * probe says DOWN meanwhile (liveness stays UP: restarting the node would not bring the database back).
 */
class DatabaseOutageIT {

    private static final String PROCESS = "outageTimer";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void answers503WithARetryHintWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Path dataDirectory = Path.of("target", "postgres", "outage-" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ElectionApplication.class)
                .profiles("test")
                .run("--server.port=0", "--election.embedded-postgres.data-directory=" + dataDirectory,
                        "--spring.datasource.hikari.connection-timeout=2000",
                        // its process runs outside a test method, where coverage has nothing to record into
                        "--election.test.process-coverage=false",
                        // this test is about the job executor coming back, so it runs here (off in other tests)
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=1000")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            EmbeddedPostgres database = app.getBean(EmbeddedPostgres.class);
            int databasePort = database.getPort();
            assertThat(get(port, "/api/elections").statusCode()).isEqualTo(200);
            assertThat(get(port, "/engine-rest/process-definition/count").statusCode()).isEqualTo(200);
            assertThat(probe(port, "readiness").statusCode()).isEqualTo(200);
            // with job execution on, readiness also holds the job executor (Camunda's indicator)
            assertThat(get(port, "/actuator/health/readiness", "demo-admins").body())
                    .contains("\"db\":{\"status\":\"UP\"", "\"processEngine\":{\"status\":\"UP\"",
                            "\"jobExecutor\":{\"status\":\"UP\"");
            RepositoryService repository = app.getBean(RepositoryService.class);
            String deployment = repository.createDeployment().name("database outage IT")
                    .addModelInstance(PROCESS + ".bpmn", oneHourTimer()).deploy().getId();
            try {
                String instance = app.getBean(RuntimeService.class).startProcessInstanceByKey(PROCESS).getId();
                Job timer = app.getBean(ManagementService.class).createJobQuery().processInstanceId(instance).singleResult();
                assertThat(timer.getDuedate()).isAfter(new Date());

                database.close();
                HttpResponse<String> api = get(port, "/api/elections");
                HttpResponse<String> engineRest = get(port, "/engine-rest/process-definition/count");
                HttpResponse<String> engineRestTask = get(port, "/engine-rest/task?processInstanceId=" + instance);
                HttpResponse<String> readiness = probe(port, "readiness");
                HttpResponse<String> liveness = probe(port, "liveness");
                // the timer falls due while the database is away; the job executor keeps failing to poll
                ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(2))));

                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(api.body()).contains("database cannot be reached").doesNotContain("Exception");
                for (HttpResponse<String> answer : java.util.List.of(engineRest, engineRestTask)) {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                    assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
                    assertThat(answer.body()).contains("database cannot be reached").doesNotContain("at org.");
                }
                // a balancer stops sending requests to a node that is not ready, and nothing restarts it
                assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
                assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
                assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);

                // restarted as the application starts it: the same settings, the password of its roles
                try (EmbeddedPostgres restarted = EmbeddedPostgresConfiguration.start(dataDirectory, databasePort,
                        EmbeddedPostgresConfiguration.password(dataDirectory, null))) {
                    // the pool drops the connections the restart broke as it meets them, within the Retry-After
                    assertThat(statusWithin(port, "/api/elections", Duration.ofSeconds(30))).isEqualTo(200);
                    assertThat(statusWithin(port, "/engine-rest/process-definition/count", Duration.ofSeconds(30)))
                            .isEqualTo(200);
                    assertThat(probe(port, "readiness").body()).isEqualTo("{\"status\":\"UP\"}");
                    assertThat(endedWithin(app.getBean(HistoryService.class), instance, Duration.ofSeconds(90)))
                            .as("the timer due during the outage fired after it").isTrue();
                    // this node's job executor counted what it took and ran (README "Operations", metrics)
                    String metrics = get(port, "/actuator/prometheus", "demo-admins").body();
                    assertThat(metrics).containsPattern("(?m)^camunda_jobs_acquired_total [1-9]")
                            .containsPattern("(?m)^camunda_jobs_executed_total\\{process=\"" + PROCESS + "\",type=\"timer-[a-z-]+\"} [1-9]");
                    repository.deleteDeployment(deployment, true);
                }
            } finally {
                ClockUtil.reset();
            }
        }
    }

    /** Start, wait one hour, end: a job that falls due on its own. */
    private static BpmnModelInstance oneHourTimer() {
        return Bpmn.createExecutableProcess(PROCESS).name("Outage timer").camundaHistoryTimeToLive(1)
                .startEvent("started").name("Started")
                .intermediateCatchEvent("anHourLater").name("An hour later").timerWithDuration("PT1H")
                .endEvent("ended").name("Ended")
                .done();
    }

    /**
     * The job executor works on its own threads, so this waits for its result with a deadline instead of
     * executing the job itself: that the executor resumes unaided is what is tested.
     */
    private static boolean endedWithin(HistoryService history, String instance, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1) {
                    return true;
                }
            } catch (RuntimeException stillReconnecting) {
                // the pool may still hand out a connection broken by the restart; the next round gets a new one
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** The first 200 within {@code limit}, or the last status seen: recovering must not need anyone's help. */
    private int statusWithin(int port, String path, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        int status = get(port, path).statusCode();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = get(port, path).statusCode();
        }
        return status;
    }

    /** A Kubernetes probe or a load balancer's health check: anonymous. */
    private HttpResponse<String> probe(int port, String group) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/" + group))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return get(port, path, "demo-tec");
    }

    private HttpResponse<String> get(int port, String path, String user) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(
                (user + ":" + ElectionTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + credentials)
                        .timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
