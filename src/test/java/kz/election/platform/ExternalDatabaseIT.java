package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import kz.election.ElectionApplication;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Production: the standard Spring datasource settings point the application at a PostgreSQL it does
 * not own, and it then starts no embedded one. A second PostgreSQL server, started here by hand,
 * plays the external database. Outside the demo profile no demo user is created.
 */
class ExternalDatabaseIT {

    @Test
    void usesTheConfiguredPostgresqlAndStartsNoEmbeddedOne() throws Exception {
        Path external = Files.createDirectories(Path.of("target", "postgres", "external-" + System.nanoTime()));
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(external).start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ElectionApplication.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--election.chain.generate-key=true",
                    "--camunda.bpm.job-execution.enabled=false")) {

                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                assertThat(app.getBean(DataSource.class).getConnection().getMetaData().getURL()).startsWith(url);
                JdbcClient externalDatabase = JdbcClient.create(server.getPostgresDatabase());
                assertThat(externalDatabase.sql("""
                        SELECT count(*) FROM information_schema.tables
                        WHERE (table_schema, table_name) IN (('public', 'act_re_deployment'), ('election', 'decision_log'))""")
                        .query(Long.class).single()).isEqualTo(2);
                assertThat(app.getBean(IdentityService.class).createUserQuery().count()).isZero();
                assertThat(app.getBean(IdentityService.class).createGroupQuery().groupId("tec-staff").count()).isOne();
            }
        }
    }
}
