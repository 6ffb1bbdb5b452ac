package kz.election.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every cookie {@code Secure} when the request came over TLS, also TLS ended at a proxy in front
 * (X-Forwarded-Proto, trusted as {@code server.tomcat.remoteip} says). Tomcat does so for its session
 * cookie by itself; Camunda's webapps write their XSRF-TOKEN cookie as a header, which this catches.
 * Over plain HTTP (a first run on localhost) cookies stay as they are, or the browser would drop them.
 */
class SecureCookies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new SecureCookieResponse(response) : response);
    }

    private static final class SecureCookieResponse extends HttpServletResponseWrapper {

        SecureCookieResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            if (value == null || !"Set-Cookie".equalsIgnoreCase(name)) {
                return value;
            }
            for (String attribute : value.split(";")) {
                if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
                    return value;
                }
            }
            return value + "; Secure";
        }
    }
}
