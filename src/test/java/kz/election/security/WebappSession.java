package kz.election.security;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A browser's session with Camunda's webapps, driven over plain HTTP: the cookies and the XSRF token a
 * webapp page hands out, and its login form, as the login page posts it.
 */
final class WebappSession {

    private final Http http;
    private final String address;
    private final List<String> cookies = new ArrayList<>();
    private String xsrfToken;

    /** Opens Tasklist's page from {@code address} (X-Forwarded-For), which starts a session. */
    WebappSession(Http http, String address) throws Exception {
        this.http = http;
        this.address = address;
        HttpResponse<String> page = http.send(forwarded(http.request("/camunda/app/tasklist/default/")).GET());
        keepCookies(page);
    }

    HttpResponse<String> logIn(String user, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(withSession(http.request("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        keepCookies(answer);
        return answer;
    }

    HttpRequest.Builder withSession(HttpRequest.Builder request) {
        forwarded(request);
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        if (xsrfToken != null) {
            request.header("X-XSRF-TOKEN", xsrfToken);
        }
        return request;
    }

    private HttpRequest.Builder forwarded(HttpRequest.Builder request) {
        return request.header("X-Forwarded-For", address);
    }

    private void keepCookies(HttpResponse<String> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0].trim();
            String name = pair.substring(0, pair.indexOf('='));
            cookies.removeIf(cookie -> cookie.startsWith(name + "="));
            cookies.add(pair);
            if (name.equals("XSRF-TOKEN")) {
                xsrfToken = pair.substring(name.length() + 1);
            }
        }
        if (xsrfToken == null) {
            xsrfToken = response.headers().firstValue("X-XSRF-TOKEN").orElse(null);
        }
    }

    @Override
    public String toString() {
        return cookies.stream().collect(Collectors.joining("; "));
    }
}
