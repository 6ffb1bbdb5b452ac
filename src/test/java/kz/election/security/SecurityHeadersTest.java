package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import kz.election.ElectionTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headers and cookies: the public results carry a Content-Security-Policy and a
 * Referrer-Policy, the webapps keep Camunda's policy and get a Referrer-Policy, and cookies are Secure
 * when the request came over TLS to the proxy in front (X-Forwarded-Proto), not over plain HTTP.
 */
@ElectionTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theResultsPagesCarryAContentSecurityAndAReferrerPolicy() throws Exception {
        for (String path : List.of("/results", "/results/2026-RUR-9990")) {
            HttpResponse<String> page = http.send(http.request(path).GET());
            System.out.printf("%s: %d CSP %s; Referrer-Policy %s%n", path, page.statusCode(),
                    page.headers().firstValue("Content-Security-Policy").orElse(null),
                    page.headers().firstValue("Referrer-Policy").orElse(null));
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValue(SecurityConfiguration.RESULTS_CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void theWebappsKeepCamundasPolicyAndGetAReferrerPolicy() throws Exception {
        HttpResponse<String> tasklist = http.send(http.request("/camunda/app/tasklist/default/").GET());

        assertThat(tasklist.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(policy -> assertThat(policy).contains("script-src", "frame-ancestors"));
        assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(http.send(http.request("/api/me").GET()).headers().firstValue("Referrer-Policy"))
                .hasValue("no-referrer");
    }

    @Test
    void cookiesAreSecureWhenTheRequestCameOverTls() throws Exception {
        HttpResponse<String> overTls = http.send(http.request("/camunda/app/tasklist/default/")
                .header("X-Forwarded-Proto", "https").GET());
        List<String> tlsCookies = overTls.headers().allValues("Set-Cookie");
        System.out.printf("over TLS (X-Forwarded-Proto: https): %s; HSTS %s%n", tlsCookies,
                overTls.headers().firstValue("Strict-Transport-Security").orElse(null));
        assertThat(tlsCookies).extracting(cookie -> cookie.split("=", 2)[0]).contains("JSESSIONID", "XSRF-TOKEN");
        assertThat(tlsCookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = http.send(http.request("/camunda/app/tasklist/default/").GET());
        List<String> plainCookies = plain.headers().allValues("Set-Cookie");
        assertThat(plainCookies).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
    }
}
