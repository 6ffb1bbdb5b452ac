package kz.election.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain HTTP against the running application with every header in view, as a browser, an integration or
 * a proxy in front would send it. Redirects are not followed.
 */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    /** A request from {@code address}, as a trusted proxy on this host forwards it. */
    HttpRequest.Builder from(String address, String path) {
        return request(path).header("X-Forwarded-For", address);
    }

    /** A GET with HTTP Basic credentials from {@code address}. */
    HttpResponse<String> basicGet(String address, String user, String password, String path) throws Exception {
        return send(basic(from(address, path), user, password).GET());
    }

    static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
