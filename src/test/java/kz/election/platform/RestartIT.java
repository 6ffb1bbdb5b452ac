package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.election.ElectionApplication;
import kz.election.common.BeforeServing;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database keeps its data across restarts, and an unchanged restart deploys nothing new.
 * An integration test (Failsafe, its own JVM): the contexts it starts and closes would otherwise leave
 * the static webapp and REST registries of the shared test context pointing at a closed engine.
 */
class RestartIT {

    private final Path dataDirectory = Path.of("target", "postgres", "restart-" + UUID.randomUUID());

    /**
     * The start data (grants, users, registers) is written before the port takes a request: a request
     * that came between the two was refused as from someone on no commission.
     */
    @Test
    void theStartDataIsWrittenBeforeTheWebServerTakesRequests() {
        List<String> order = new CopyOnWriteArrayList<>();
        ApplicationListener<?> recorder = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof BeforeServing) {
                order.add("start data");
            } else if (event instanceof ServletWebServerInitializedEvent) {
                order.add("web server");
            } else if (event instanceof ApplicationReadyEvent) {
                order.add("ready");
            }
        };
        try (ConfigurableApplicationContext app = builder().listeners(recorder)
                .run("--server.port=0", "--election.embedded-postgres.data-directory=" + dataDirectory)) {
            assertThat(order).containsExactly("start data", "web server", "ready");
        }
    }

    @Test
    void restartOnTheSameDataKeepsDataAndAddsNoDeployment() {
        long deploymentsAfterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            deploymentsAfterFirstStart = first.getBean(RepositoryService.class).createDeploymentQuery().count();
            first.getBean(JdbcClient.class).sql("""
                    INSERT INTO election.decision_log (decided_at, actor, business_key, decision)
                    VALUES (now(), 'restart-test', 'RESTART-1', 'KEPT')""").update();
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count())
                    .isEqualTo(deploymentsAfterFirstStart);
            assertThat(second.getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM election.decision_log WHERE business_key = 'RESTART-1'")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: they must outrank the test profile's random folder
        return builder().run("--server.port=0", "--election.embedded-postgres.data-directory=" + dataDirectory);
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ElectionApplication.class).profiles("test");
    }
}
