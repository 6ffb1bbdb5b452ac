package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.election.ElectionTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody can lock anybody out. Failed logins slow down their client address and their
 * account with a wait that grows and ends, at all three doors; admins lift an account's wait; the
 * password oracle is the admins' alone; new passwords are at least 15 characters long. Each test comes from its own client
 * addresses (X-Forwarded-For from this host's proxy) and uses its own users, so no other test is slowed.
 */
@ElectionTest
class LoginThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String PASSWORD = "a-long-enough-passphrase";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    Http http;

    @BeforeEach
    void freezeTheClock() {
        http = new Http(port);
        // both the address throttle and Camunda's account delay read the engine's clock
        ClockUtil.setCurrentTime(new Date());
    }

    @Test
    void slowsDownAClientAddressAfterTenFailuresAndForgetsItAfterAnHour() throws Exception {
        String guesser = address();
        String user = user("throttle-address");
        for (int i = 1; i <= 10; i++) {
            assertThat(http.basicGet(guesser, "nobody-" + i, "guess-" + i, "/api/me").statusCode()).isEqualTo(401);
        }
        // the eleventh failure is still answered, and makes the address wait a second
        assertThat(http.basicGet(guesser, "nobody-11", "guess", "/api/me").statusCode()).isEqualTo(401);

        HttpResponse<String> throttled = http.basicGet(guesser, user, PASSWORD, "/api/me");
        System.out.printf("after 11 failures from %s: %d Retry-After %s %s%n", guesser, throttled.statusCode(),
                throttled.headers().firstValue("Retry-After").orElse(null), throttled.body());
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(throttled.body()).contains("\"status\":429", "Too many failed logins");
        // another client address is not slowed down by this one
        assertThat(http.basicGet(address(), "nobody-12", "guess", "/api/me").statusCode()).isEqualTo(401);

        // each further failure doubles the wait
        later(1_000);
        assertThat(http.basicGet(guesser, "nobody-12", "guess", "/api/me").statusCode()).isEqualTo(401);
        assertThat(http.basicGet(guesser, user, PASSWORD, "/api/me").headers().firstValue("Retry-After")).hasValue("2");
        later(2_000);
        assertThat(http.basicGet(guesser, "nobody-13", "guess", "/api/me").statusCode()).isEqualTo(401);
        assertThat(http.basicGet(guesser, user, PASSWORD, "/api/me").headers().firstValue("Retry-After")).hasValue("4");

        // an hour without a failure and the address starts afresh: ten failures free again
        later(60 * 60 * 1000);
        for (int i = 1; i <= 10; i++) {
            assertThat(http.basicGet(guesser, "nobody-" + i, "guess", "/api/me").statusCode()).isEqualTo(401);
        }
        assertThat(http.basicGet(guesser, user, PASSWORD, "/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void delaysAnAccountAfterAWrongPasswordButNeverLocksItForGood() throws Exception {
        String user = user("throttle-account");
        // Camunda's default locks for good after 10 wrong passwords; a script tries 12, from ever new addresses
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(http.basicGet(address(), user, "wrong-" + attempt, "/api/me").statusCode()).isEqualTo(401);
            long delay = Math.min(3L << (attempt - 1), 60);
            HttpResponse<String> owner = http.basicGet(address(), user, PASSWORD, "/api/me");
            assertThat(owner.statusCode()).as("attempt %d", attempt).isEqualTo(429);
            assertThat(owner.headers().firstValue("Retry-After")).as("attempt %d", attempt).hasValue(String.valueOf(delay));
            later(delay * 1000);
        }
        HttpResponse<String> owner = http.basicGet(address(), user, PASSWORD, "/api/me");
        System.out.printf("after 12 wrong passwords and the last wait: %d %s%n", owner.statusCode(), owner.body());
        assertThat(owner.statusCode()).isEqualTo(200);
    }

    @Test
    void aMemberOfAdminsUnlocksAnAccountAndNobodyElseDoes() throws Exception {
        String user = user("throttle-unlock");
        String admin = user("throttle-admin");
        identityService.createMembership(admin, Role.ADMINS.groupId());
        assertThat(http.basicGet(address(), user, "wrong", "/api/me").statusCode()).isEqualTo(401);
        assertThat(http.basicGet(address(), user, PASSWORD, "/api/me").statusCode()).isEqualTo(429);

        assertThat(unlock("demo-tec", ElectionTest.PASSWORD, user).statusCode()).isEqualTo(403);
        HttpResponse<String> unlocked = unlock(admin, PASSWORD, user);
        System.out.printf("unlock by a member of admins (not camunda-admin): %d %s%n", unlocked.statusCode(), unlocked.body());
        assertThat(unlocked.statusCode()).isEqualTo(204);

        assertThat(http.basicGet(address(), user, PASSWORD, "/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theWebappLoginFormIsThrottledByAddressAndAccount() throws Exception {
        String user = user("throttle-webapp");
        identityService.createMembership(user, Role.TEC_STAFF.groupId());

        // the account: a wrong password makes the right one wait, at this door as at the others
        WebappSession session = new WebappSession(http, address());
        assertThat(session.logIn(user, "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> waiting = session.logIn(user, PASSWORD);
        System.out.printf("webapp login after a wrong password: %d Retry-After %s %s%n", waiting.statusCode(),
                waiting.headers().firstValue("Retry-After").orElse(null), waiting.body());
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValue("3");
        later(3_000);
        assertThat(session.logIn(user, PASSWORD).statusCode()).isEqualTo(200);

        // the address: eleven failures (unknown users), then even a right password waits
        String guesser = address();
        WebappSession guessing = new WebappSession(http, guesser);
        for (int i = 1; i <= 11; i++) {
            assertThat(guessing.logIn("nobody-" + i, "guess").statusCode()).isEqualTo(401);
        }
        assertThat(guessing.logIn(user, PASSWORD).statusCode()).isEqualTo(429);
        // and the REST doors count the same address
        assertThat(http.basicGet(guesser, "demo-tec", ElectionTest.PASSWORD + "-not", "/api/me").statusCode())
                .isEqualTo(429);
    }

    @Test
    void onlyAdminsMayAskWhetherAPasswordIsRight() throws Exception {
        String user = user("throttle-verify");
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}";

        HttpResponse<String> staff = http.send(Http.basic(http.request("/engine-rest/identity/verify"), "demo-tec",
                ElectionTest.PASSWORD).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(staff.statusCode()).isEqualTo(403);
        HttpResponse<String> admin = http.send(Http.basic(http.request("/engine-rest/identity/verify"), "demo-admins",
                ElectionTest.PASSWORD).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"authenticated\":true");

        // the webapps' copy of the engine API answers nobody, not even a signed-in member
        identityService.createMembership(user, Role.TEC_STAFF.groupId());
        WebappSession session = new WebappSession(http, address());
        assertThat(session.logIn(user, PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> webapp = http.send(session.withSession(http.request("/camunda/api/engine/engine/default/identity/verify"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        System.out.printf("identity/verify through the webapps as tec-staff: %d %s%n", webapp.statusCode(), webapp.body());
        assertThat(webapp.statusCode()).isEqualTo(403);
    }

    @Test
    void aNewPasswordMustBeFifteenCharactersLong() throws Exception {
        String id = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        // a refused password is the caller's mistake: a 400 naming the field and the rule (platform/EngineRestProblems)
        HttpResponse<String> tooShort = createUser(id, "Short-pw-1!");
        System.out.printf("a password of 11 characters: %d %s%n", tooShort.statusCode(), tooShort.body());
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("credentials.password", "at least 15 characters", "Nothing was saved");
        HttpResponse<String> fourteen = createUser(id, "fourteen-chars");
        assertThat(fourteen.statusCode()).isEqualTo(400);
        assertThat(fourteen.body()).contains("credentials.password");
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();

        assertThat(createUser(id, "correct horse battery staple").statusCode()).isEqualTo(204);
        // Admin and integrations can ask the policy before they send a password
        HttpResponse<String> policy = http.send(Http.basic(http.request("/engine-rest/identity/password-policy"),
                "demo-admins", ElectionTest.PASSWORD).GET());
        assertThat(policy.body()).contains("PASSWORD_POLICY_LENGTH", "\"minLength\":\"15\"");
    }

    private HttpResponse<String> createUser(String id, String password) throws Exception {
        String body = "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Policy\",\"lastName\":\"Probe\"},"
                + "\"credentials\":{\"password\":\"" + password + "\"}}";
        return http.send(Http.basic(http.request("/engine-rest/user/create"), "demo-admins", ElectionTest.PASSWORD)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> unlock(String admin, String password, String user) throws Exception {
        return http.send(Http.basic(http.request("/engine-rest/user/" + user + "/unlock"), admin, password)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("")));
    }

    private String user(String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName("Throttle");
        user.setLastName("Probe");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        return id;
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
    }

    private static void later(long millis) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + millis));
    }
}
