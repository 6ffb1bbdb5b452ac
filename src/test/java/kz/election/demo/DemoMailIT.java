package kz.election.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionApplication;
import kz.election.ElectionTest;
import kz.election.notification.MailKind;
import kz.election.notification.MailRequest;
import kz.election.notification.Mailer;
import kz.election.reliability.TasklistSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo profile's first start mails without any mail server installed: every mail goes to the built-in
 * catcher, and {@code /demo/mail} shows the list and each mail to anyone signed in to the webapps, in kk, ru
 * or en. An integration test (Failsafe, its own JVM): the application starts here in the demo profile on its
 * own embedded PostgreSQL, which the shared test context must not see.
 */
class DemoMailIT {

    private final Path dataDirectory = Path.of("target", "postgres", "demo-mail-" + UUID.randomUUID());
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void theDemoCatchesEveryMailAndShowsItAtDemoMail() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            // a candidate's mail, as the nomination step sends it; spring.mail still names localhost:25, where
            // nothing listens: the mail reaching the catcher shows where the demo's mail goes
            Instant at = Instant.parse("2026-08-10T05:00:00Z");
            app.getBean(Mailer.class).send(new MailRequest("aigerim@example.kz", "Айгерім Садықова", "kk",
                    MailKind.NOMINATION_RECEIVED.key(), Map.of("referenceNumber", "N-2026-0042",
                    "electionName", "Қосшы әкімін сайлау", "commissionName", "Kosshy TEC", "receivedAt", at,
                    "decisionDeadline", at.plusSeconds(5 * 86400)), "N-2026-0042", "demo-mail-it-1"));
            assertThat(app.getBean(DemoMailCatcher.class).mails()).hasSize(1);

            // not signed in: asked to sign in first, no mail shown
            HttpResponse<String> stranger = anonymous.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/demo/mail?lang=ru")).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(stranger.statusCode()).isEqualTo(401);
            assertThat(stranger.body()).contains("Сначала войдите в Tasklist").doesNotContain("N-2026-0042");

            TasklistSession member = new TasklistSession(port, "demo-pec");
            HttpResponse<String> list = member.get("/demo/mail?lang=kk");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("Демо нұсқасы жіберген хаттар", "aigerim@example.kz", "N-2026-0042",
                    "/demo/mail/1?lang=kk");
            HttpResponse<String> one = member.get("/demo/mail/1?lang=en");
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body()).contains("All mail", "aigerim@example.kz", "Айгерім Садықова", "N-2026-0042");
            assertThat(member.get("/demo/mail/2").statusCode()).isEqualTo(404);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ElectionApplication.class).profiles("demo").run(
                "--server.port=0",
                "--election.embedded-postgres.data-directory=" + dataDirectory,
                "--election.embedded-postgres.port=0",
                "--election.demo-password=" + ElectionTest.PASSWORD,
                "--camunda.bpm.job-execution.enabled=false");
    }
}
