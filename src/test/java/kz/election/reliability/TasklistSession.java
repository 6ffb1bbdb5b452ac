package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.election.ElectionTest;

/** A Tasklist session: its login form and the webapps' CSRF token, as the browser app does it. */
public final class TasklistSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    public TasklistSession(int port, String user) throws Exception {
        this.port = port;
        send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET());
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(ElectionTest.PASSWORD, StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // the login starts a new session whose CSRF token the next read hands out, as the app's next page load does
        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    /** A read as a browser whose preferred language is {@code acceptLanguage} sends it. */
    public HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Accept-Language", acceptLanguage).GET());
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST as a browser whose preferred language is {@code acceptLanguage} sends it. */
    public HttpResponse<String> post(String path, String json, String acceptLanguage) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept-Language", acceptLanguage)
                .header("X-XSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request as Tasklist's own client sends it: {@code accept} and the browser's language, the CSRF token. */
    public HttpResponse<String> send(String method, String path, String json, String accept, String acceptLanguage)
            throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Accept", accept)
                .header("Accept-Language", acceptLanguage).header("X-XSRF-TOKEN", token())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private String token() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
