package kz.election.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
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

    /** The request with the body this filter has read, for Camunda to read again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the login form is read blocking");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
