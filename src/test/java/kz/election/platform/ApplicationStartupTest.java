package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.election.ElectionTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ElectionTest
class ApplicationStartupTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void runsOnPostgresql() {
        String version = jdbc.sql("SELECT version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
    }

    @Test
    void createsEngineTablesAndDomainTables() {
        // pg_tables, not information_schema: the application's role holds no grant on Flyway's history table
        List<String> tables = jdbc.sql("""
                        SELECT schemaname || '.' || lower(tablename) FROM pg_catalog.pg_tables
                        WHERE schemaname IN ('public', 'election')""")
                .query(String.class).list();
        assertThat(tables).contains(
                "public.act_re_deployment", "public.act_ru_task", "public.act_hi_procinst", "public.act_ru_authorization",
                "election.flyway_schema_history", "election.decision_log");
    }

    @Test
    void deploysEveryProcessAndFormOfTheProjectInOneDeployment() throws IOException {
        List<String> files = Stream.concat(filesIn("bpmn", ".bpmn"), filesIn("forms", ".form")).toList();
        List<Deployment> deployments = repositoryService.createDeploymentQuery().list();
        if (files.isEmpty()) {
            assertThat(deployments).isEmpty();
            return;
        }
        assertThat(deployments).hasSize(1);
        // named by their place in the project (StableDeploymentNames), the same on every node and in the jar
        assertThat(repositoryService.getDeploymentResourceNames(deployments.get(0).getId()))
                .containsExactlyInAnyOrderElementsOf(files);
    }

    private static Stream<String> filesIn(String folder, String suffix) throws IOException {
        if (!Files.isDirectory(Path.of(folder))) {
            return Stream.empty();
        }
        try (Stream<Path> paths = Files.list(Path.of(folder))) {
            return paths.map(path -> folder + "/" + path.getFileName())
                    .filter(name -> name.endsWith(suffix))
                    .toList().stream();
        }
    }
}
