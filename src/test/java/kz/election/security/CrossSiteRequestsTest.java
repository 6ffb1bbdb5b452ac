package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import kz.election.ElectionTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page on another site cannot make a signed-in member's browser accept a protocol,
 * upload an attachment or cancel an election. The requests below are what such a page makes the browser
 * send (its Origin and Sec-Fetch-Site, a form's content type) with the member's credentials.
 */
@ElectionTest
class CrossSiteRequestsTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "Sec-Fetch-Site, cross-site",
            "Sec-Fetch-Site, same-site",
            "Origin, https://evil.example",
            "Origin, null",
    })
    void refusesAStateChangeFromAnotherSite(String header, String value) throws Exception {
        for (String path : new String[] {"/api/elections/2026-RUR-9999/cancellation",
                "/api/precincts/2026-RUR-9999/1/protocol/acceptance", "/api/complaints/2026-RUR-9999-C001/attachments",
                "/engine-rest/process-definition/key/election/start"}) {
            HttpResponse<String> answer = http.send(asTec(path).header(header, value)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(answer.statusCode()).as("%s %s", path, answer.body()).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains(value);
        }
    }

    @Test
    void letsThroughWhatThisServersOwnPagesAndIntegrationsSend() throws Exception {
        String path = "/api/elections/2026-RUR-9999/cancellation";
        HttpResponse<String> sameOrigin = http.send(asTec(path).header("Origin", "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"probe\"}")));
        // not refused as cross-site: the election does not exist
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(404);
        // behind a TLS proxy the browser's origin is the proxy's https one
        HttpResponse<String> proxied = http.send(asTec(path).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "elections.example.kz").header("Origin", "https://elections.example.kz")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"probe\"}")));
        assertThat(proxied.statusCode()).as(proxied.body()).isEqualTo(404);
        // reading stays open to every site: the public results
        assertThat(http.send(http.request("/results").header("Sec-Fetch-Site", "cross-site").GET()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBodylessPostNeedsJsonOrTheMarkerHeader() throws Exception {
        // a form's content types (Origin and Sec-Fetch-Site are left out, as by a browser that sends neither)
        for (String contentType : new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"}) {
            for (String path : new String[] {"/api/precincts/2026-RUR-9999/1/protocol/acceptance",
                    "/api/elections/2026-RUR-9999/cancellation"}) {
                HttpResponse<String> form = http.send(asTec(path).header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString("")));
                System.out.printf("%s as %s: %d %s%n", path, contentType, form.statusCode(), form.body());
                assertThat(form.statusCode()).as("%s as %s", path, contentType).isEqualTo(403);
                assertThat(form.body()).contains(CrossSiteRequests.MARKER);
            }
        }
        HttpResponse<String> marked = http.send(asTec("/api/precincts/2026-RUR-9999/1/protocol/acceptance")
                .header("Content-Type", "text/plain").header(CrossSiteRequests.MARKER, "integration")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(404);
        // no body and no content type (curl -X POST) is no form's: a form always names its encoding
        HttpResponse<String> bare = http.send(asTec("/api/precincts/2026-RUR-9999/1/protocol/acceptance")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(404);
        HttpResponse<String> json = http.send(asTec("/api/precincts/2026-RUR-9999/1/protocol/acceptance")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(json.statusCode()).as(json.body()).isEqualTo(404);
    }

    @Test
    void aBodylessEngineRestPostNeedsTheMarkerHeaderToo() throws Exception {
        String user = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        User probe = identityService.newUser(user);
        probe.setPassword("a-long-enough-passphrase");
        identityService.saveUser(probe);
        String path = "/engine-rest/user/" + user + "/unlock";

        HttpResponse<String> form = http.send(Http.basic(http.request(path), "demo-admins", ElectionTest.PASSWORD)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(403);
        assertThat(form.body()).contains(CrossSiteRequests.MARKER);
        HttpResponse<String> marked = http.send(Http.basic(http.request(path), "demo-admins", ElectionTest.PASSWORD)
                .header("Content-Type", "application/x-www-form-urlencoded").header(CrossSiteRequests.MARKER, "integration")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(204);
    }

    @Test
    void aMissingLoginIsNotABasicChallengeABrowserWouldCache() throws Exception {
        HttpResponse<String> answer = http.send(http.request("/api/me").GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().allValues("WWW-Authenticate")).isNotEmpty()
                .noneMatch(challenge -> challenge.regionMatches(true, 0, "Basic", 0, 5));
    }

    private HttpRequest.Builder asTec(String path) {
        return Http.basic(http.request(path), "demo-tec", ElectionTest.PASSWORD);
    }
}
