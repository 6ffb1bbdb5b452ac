package kz.election.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kz.election.ElectionTest;
import kz.election.reliability.Api;
import kz.election.reliability.Api.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probes a load balancer or an orchestrator calls answer anyone, with UP or DOWN and nothing else;
 * their components (the database, the engine) only administrators see; the rest of Actuator (metrics,
 * the Prometheus scrape) is closed to everyone but administrators. The database outage is in
 * {@code platform.DatabaseOutageIT}.
 */
@ElectionTest
class HealthProbesTest {

    private static final String ADMIN = "demo-admins";

    @LocalServerPort
    int port;

    @Test
    void probesAnswerAnyoneWithTheStatusOnly() throws Exception {
        Api api = new Api(port);
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            Answer answer = api.get(null, probe);

            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.json().path("status").asText()).as(probe).isEqualTo("UP");
            assertThat(answer.json().has("components")).as(probe + ": " + answer.body()).isFalse();
            assertThat(answer.json().has("details")).as(probe + ": " + answer.body()).isFalse();
        }
    }

    @Test
    void readinessIsTheDatabaseAndTheEngineAsAdministratorsSeeIt() throws Exception {
        JsonNode readiness = new Api(port).get(ADMIN, "/actuator/health/readiness").json();

        assertThat(readiness.path("components").has("db")).as(readiness.toString()).isTrue();
        assertThat(readiness.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").path("readinessState").path("status").asText()).isEqualTo("UP");
        // liveness is the JVM alone: a database outage must not make an orchestrator restart the nodes
        JsonNode liveness = new Api(port).get(ADMIN, "/actuator/health/liveness").json();
        assertThat(liveness.path("components").fieldNames()).toIterable().containsExactly("livenessState");
    }

    @Test
    void everythingElseOfActuatorIsForAdministratorsOnly() throws Exception {
        Api api = new Api(port);
        for (String path : new String[] {"/actuator", "/actuator/metrics", "/actuator/prometheus", "/actuator/info"}) {
            assertThat(api.get(null, path).status()).as("anonymous " + path).isEqualTo(401);
            assertThat(api.get("demo-tec", path).status()).as("tec staff " + path).isEqualTo(403);
            assertThat(api.get("demo-supervisors", path).status()).as("supervisors " + path).isEqualTo(403);
            assertThat(api.get(ADMIN, path).status()).as("administrator " + path).isEqualTo(200);
        }
        // what is not exposed does not exist, not even for administrators
        for (String path : new String[] {"/actuator/env", "/actuator/heapdump", "/actuator/configprops", "/actuator/shutdown"}) {
            assertThat(api.get(ADMIN, path).status()).as(path).isEqualTo(404);
        }
    }
}
