package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import kz.election.ElectionApplication;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database keeps its data across restarts, and an unchanged restart deploys nothing new.
 * An integration test (Failsafe, its own JVM): the contexts it starts and closes would otherwise leave
 * the static webapp and REST registries of the shared test context pointing at a closed engine.
 */
class RestartIT {

    private final Path dataDirectory = Path.of("target", "postgres", "restart-" + UUID.randomUUID());

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
        return new SpringApplicationBuilder(ElectionApplication.class)
                .profiles("test")
                // arguments, not default properties: they must outrank the test profile's random folder
                .run("--server.port=0", "--election.embedded-postgres.data-directory=" + dataDirectory);
    }
}
