package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import kz.election.ElectionApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo profile the first administrator comes from ELECTION_ADMIN_USER and
 * ELECTION_ADMIN_PASSWORD at the first start, and Camunda's setup page never creates one, whatever the
 * groups hold. An integration test (Failsafe, its own JVM): the application starts here without the demo
 * and test profiles, twice, on its own embedded PostgreSQL, which the shared test context must not see.
 */
class FirstAdministratorIT {

    private static final String ADMIN = "first-admin";
    private static final String PASSWORD = "opening-night-" + UUID.randomUUID();

    private final Path dataDirectory = Path.of("target", "postgres", "first-admin-" + UUID.randomUUID());

    @AfterEach
    void forgetTheEnvironment() {
        System.clearProperty("ELECTION_ADMIN_USER");
        System.clearProperty("ELECTION_ADMIN_PASSWORD");
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentAndTheSetupPageStaysClosed() throws Exception {
        // the names application.yaml reads; system properties stand in for the environment of a real start
        System.setProperty("ELECTION_ADMIN_USER", ADMIN);
        System.setProperty("ELECTION_ADMIN_PASSWORD", PASSWORD);
        try (ConfigurableApplicationContext app = start()) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().memberOfGroup("admins").list()).extracting("id").containsExactly(ADMIN);
            assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()).extracting("id")
                    .containsExactly(ADMIN);
            assertThat(identity.createUserQuery().userIdIn("demo-admins", "demo-tec").count()).isZero();
            Http http = new Http(port(app));
            HttpResponse<String> me = http.send(Http.basic(http.request("/api/me"), ADMIN, PASSWORD).GET());
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(me.body()).contains("admins", Groups.CAMUNDA_ADMIN);

            // an anonymous visitor asks Camunda's setup for an administrator: closed, also with camunda-admin empty
            assertThat(setUp(http, "intruder-1").statusCode()).isEqualTo(403);
            identity.deleteMembership(ADMIN, Groups.CAMUNDA_ADMIN);
            identity.deleteMembership(ADMIN, "admins");
            HttpResponse<String> setup = setUp(http, "intruder-2");
            System.out.printf("setup with no administrator at all: %d %s%n", setup.statusCode(), setup.body());
            assertThat(setup.statusCode()).isEqualTo(403);
            assertThat(identity.createUserQuery().userIdIn("intruder-1", "intruder-2").count()).isZero();
            identity.createMembership(ADMIN, "admins");
        }

        // a restart with another password in the environment changes nothing: an administrator exists
        System.setProperty("ELECTION_ADMIN_PASSWORD", "another-password-" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = start()) {
            Http http = new Http(port(app));
            assertThat(http.send(Http.basic(http.request("/api/me"), ADMIN, PASSWORD).GET()).statusCode()).isEqualTo(200);
            assertThat(app.getBean(IdentityService.class).createUserQuery().count()).isOne();
        }
    }

    /** What Camunda's Admin sends from its first-run page, with the session and XSRF token a browser has. */
    private static HttpResponse<String> setUp(Http http, String userId) throws Exception {
        WebappSession browser = new WebappSession(http, "198.51.100.7");
        String body = "{\"profile\":{\"id\":\"" + userId + "\",\"firstName\":\"I\",\"lastName\":\"Ntruder\"},"
                + "\"credentials\":{\"password\":\"" + PASSWORD + "-intruder\"}}";
        return http.send(browser.withSession(http.request("/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ElectionApplication.class).run(
                "--server.port=0",
                // no demo profile: the embedded database and a generated chain key stand in for the operator's
                "--election.embedded-postgres.enabled=true",
                "--election.chain.generate-key=true",
                "--election.embedded-postgres.data-directory=" + dataDirectory,
                "--election.embedded-postgres.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.mail.port=0");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
