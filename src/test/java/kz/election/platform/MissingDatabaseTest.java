package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import kz.election.ElectionApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Outside the demo profile and the tests, a start without {@code spring.datasource.url} fails naming
 * that setting: no embedded database starts silently to take an election's data.
 */
class MissingDatabaseTest {

    @Test
    void withoutADatasourceOutsideTheDemoProfileTheStartFailsNamingTheSetting() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ElectionApplication.class)
                .run("--server.port=0", "--election.chain.generate-key=true",
                        "--election.embedded-postgres.data-directory=target/postgres/must-not-start")
                .close());

        assertThat(failure).isNotNull().rootCause().isInstanceOf(DatabaseNotConfiguredException.class)
                .hasMessageContaining("spring.datasource.url").hasMessageContaining("SPRING_DATASOURCE_URL");
        FailureAnalysis analysis = new DatabaseNotConfiguredFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("spring.datasource.url");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "demo");
        assertThat(java.nio.file.Path.of("target/postgres/must-not-start")).doesNotExist();
    }
}
