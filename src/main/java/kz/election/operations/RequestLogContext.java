package kz.election.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.election.platform.JobLogContext;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every log line a request writes carries the election it is about and who asked (README "Operations",
 * logs): {@code election} (an election number found in the path, such as 2026-RUR-0042) and {@code user}
 * (the signed-in account's id, never a name or an address). Runs after Spring Security has authenticated
 * the caller; the structured formats (ECS, Logstash) write both as fields of their own.
 */
class RequestLogContext extends OncePerRequestFilter {

    static final String ELECTION = "election";
    static final String USER = JobLogContext.USER;
    private static final Pattern ELECTION_NUMBER = Pattern.compile("(?<![A-Za-z0-9])(\\d{4}-[A-Z]{3}-\\d{4,})(?![A-Za-z0-9])");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher election = ELECTION_NUMBER.matcher(request.getRequestURI());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String user = caller != null && caller.isAuthenticated() && !"anonymousUser".equals(caller.getName())
                ? caller.getName() : request.getRemoteUser();
        if (user == null) {
            user = webappUser(request);
        }
        try {
            if (election.find()) {
                MDC.put(ELECTION, election.group(1));
            }
            if (user != null) {
                MDC.put(USER, user);
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove(ELECTION);
            MDC.remove(USER);
        }
    }

    /**
     * Who is signed in to Tasklist, Cockpit or Admin: the webapps keep their own login in the session,
     * which Spring Security does not see. A request without a session creates none.
     */
    private static String webappUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return signedIn == null ? null : signedIn.getAuthentications().stream()
                .map(UserAuthentication::getIdentityId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
