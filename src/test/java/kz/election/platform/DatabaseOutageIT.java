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
import java.util.Base64;
import java.util.UUID;
import kz.election.ElectionApplication;
import kz.election.ElectionTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database restarts under a running application: requests meanwhile get 503 with a retry hint
 * (never a 500 or a stack trace), and once the database is back the pool reconnects by itself.
 */
class DatabaseOutageIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void answers503WithARetryHintWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Path dataDirectory = Path.of("target", "postgres", "outage-" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ElectionApplication.class)
                .profiles("test")
                .run("--server.port=0", "--election.embedded-postgres.data-directory=" + dataDirectory,
                        "--spring.datasource.hikari.connection-timeout=2000")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            EmbeddedPostgres database = app.getBean(EmbeddedPostgres.class);
            int databasePort = database.getPort();
            assertThat(get(port, "/api/elections").statusCode()).isEqualTo(200);

            database.close();
            HttpResponse<String> duringOutage = get(port, "/api/elections");

            assertThat(duringOutage.statusCode()).isEqualTo(503);
            assertThat(duringOutage.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(duringOutage.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(duringOutage.body()).contains("database cannot be reached").doesNotContain("Exception");

            try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false).setPort(databasePort).start()) {
                assertThat(get(port, "/api/elections").statusCode()).isEqualTo(200);
            }
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(
                ("demo-tec:" + ElectionTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + credentials)
                        .timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
