package kz.election.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests that another site's page makes a browser send.
 * A browser adds {@code Sec-Fetch-Site} and {@code Origin} to such requests and a page cannot remove
 * them; an integration (curl, a server) sends neither and is let through. Applies to every path: the
 * webapps' own requests are same-origin, and the public results pages are only read.
 *
 * <p>A POST to {@code /engine-rest} that an HTML form could send (url-encoded, text/plain) must also carry
 * the header {@value #MARKER}, which no form can set and which a page on another site can only send after a
 * CORS preflight this server never grants. {@link BodylessPostGuard} does the same for {@code /api}, where
 * only the calls that take no body need it (the others refuse a non-JSON body with 415 anyway).
 */
class CrossSiteRequests extends OncePerRequestFilter {

    /** The header a body-less POST carries to show it was not sent by an HTML form. */
    static final String MARKER = "X-Requested-By";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemSecurityHandler problems;

    CrossSiteRequests(ProblemSecurityHandler problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            refuse(request, response, "A " + request.getMethod() + " from another site (Sec-Fetch-Site: " + fetchSite
                    + ") is refused: it could be a page forging a commission member's request.");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(originOf(request))) {
            refuse(request, response, "A " + request.getMethod() + " from the origin " + origin
                    + " is refused: only pages of this server may change anything.");
            return;
        }
        if (request.getMethod().equals("POST") && path(request).startsWith("/engine-rest/") && formLike(request)
                && request.getHeader(MARKER) == null) {
            refuse(request, response, needsMarker(request));
            return;
        }
        chain.doFilter(request, response);
    }

    static String needsMarker(HttpServletRequest request) {
        return "A POST sent as " + request.getContentType() + ", as an HTML form on any site can send it, must carry"
                + " the header " + MARKER + " (any value) or send JSON.";
    }

    /**
     * A content type an HTML form (or a link's ping) can send other than a file upload: url-encoded,
     * text/plain. Multipart is left to the Origin and Sec-Fetch-Site checks: /engine-rest takes deployments
     * that way.
     */
    static boolean formLike(HttpServletRequest request) {
        return browserSendsWithoutOrigin(request) && !is(request, MediaType.MULTIPART_FORM_DATA);
    }

    /**
     * Whether a browser may send this request's content type without asking the server first and without
     * an Origin header: any type but JSON. A request without a content type (curl -X POST) is no form's: a
     * form always names its encoding, and fetch or sendBeacon always send their Origin with a POST.
     */
    static boolean browserSendsWithoutOrigin(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && !contentType.isBlank() && !json(request);
    }

    /** JSON, which no HTML form can send and a page on another site only after a CORS preflight. */
    static boolean json(HttpServletRequest request) {
        return is(request, MediaType.APPLICATION_JSON) || is(request, new MediaType("application", "*+json"));
    }

    private static boolean is(HttpServletRequest request, MediaType expected) {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            return expected.includes(MediaType.parseMediaType(contentType));
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** This server's origin as the client sees it (behind a proxy: from its forwarded headers). */
    private static String originOf(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        try {
            return new URI(scheme, null, request.getServerName(), defaultPort ? -1 : port, null, null, null).toString();
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }
}
