package kz.election.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The third login door: the form of Tasklist, Cockpit and Admin posts to Camunda's own
 * {@code .../api/admin/auth/user/{engine}/login/{app}}. This filter asks the {@link LoginGuard} before
 * Camunda sees the password (429 with Retry-After while the address or account must wait) and counts a
 * refused login (401) against the client address, as the REST doors do.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

    /** A login form is a few hundred bytes; anything longer is not read for its user name. */
    private static final int MAX_BODY = 16 * 1024;

    private final LoginGuard guard;
    private final ProblemSecurityHandler problems;
    private final Pattern loginPath;

    WebappLoginThrottle(LoginGuard guard, ProblemSecurityHandler problems, String webappPath) {
        this.guard = guard;
        this.problems = problems;
        this.loginPath = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]+/?");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getMethod().equals("POST")
                || !loginPath.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY);
        String address = request.getRemoteAddr();
        var wait = guard.waitBefore(address, userName(body));
        if (wait.isPresent()) {
            LoginThrottledException throttled = new LoginThrottledException(wait.get());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            guard.failed(address);
        }
    }

    /** The {@code username} field of the url-encoded form, as Camunda reads it. */
    private static String userName(byte[] body) {
        for (String field : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int equals = field.indexOf('=');
            if (equals > 0 && field.substring(0, equals).equals("username")) {
                try {
                    return URLDecoder.decode(field.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }
}
