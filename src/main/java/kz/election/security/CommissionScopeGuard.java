package kz.election.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.election.commission.Registers;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The election API's half of commission scoping (the engine's tenant check and grants are the other
 * half, for Tasklist, Cockpit and /engine-rest). Every /api path that names an election, a precinct, a
 * nomination, a complaint, a motion or an appeal belongs to one commission, read from the database: the
 * election's organizer, the complaint's reviewer; so does a decision of the log, by its business key. Reading it needs a seat that reaches that commission
 * (the commission itself, one above it, or a precinct of the election); changing it needs a seat on the
 * commission itself. A precinct's protocol and turnout are entered by its members, whose precinct the
 * count's services check. Administrators pass; an election from before the registers has no commission.
 */
class CommissionScopeGuard implements HandlerInterceptor {

    /** The protocol hash chain is published to everyone (SecurityConfiguration): no seat is needed to read it. */
    private static final Pattern PUBLISHED = Pattern.compile("/api/elections/[^/]+/(chain|verify|chain/head)");
    private static final List<String> ADMINS = List.of(Role.ADMINS.groupId(), "camunda-admin");

    private final JdbcClient jdbc;
    private final Registers registers;
    private final ProblemSecurityHandler problems;
    /**
     * An election's organizer, once read: it is written with the election and never changed, so every
     * node may keep it (no invalidation). Every protocol's submission and acceptance would read it again.
     * An unknown number is not kept: the election may be announced a moment later.
     */
    private final Cache<String, String> organizers = Caffeine.newBuilder().maximumSize(50_000).build();

    CommissionScopeGuard(JdbcClient jdbc, Registers registers, ProblemSecurityHandler problems) {
        this.jdbc = jdbc;
        this.registers = registers;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()
                || caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMINS::contains)) {
            // no caller: SecurityConfiguration answers 401 or serves what is public
            return true;
        }
        // fails closed: a caller signed in some other way sees no commission's matters
        List<String> tenants = caller.getDetails() instanceof VerifiedCredentials.Identity identity
                ? identity.tenants() : List.of();
        @SuppressWarnings("unchecked")
        Map<String, String> named = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> variables = named == null ? Map.of() : named;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PUBLISHED.matcher(path).matches()) {
            return true;
        }
        Optional<Owner> owner = owner(request, path, variables);
        if (owner.isEmpty() || owner.get().commission() == null) {
            return true;
        }
        String commission = owner.get().commission();
        boolean reads = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        boolean precinctEntry = path.matches("/api/precincts/[^/]+/[^/]+/(protocol|turnout)");
        if (reads || precinctEntry) {
            if (tenants.contains(commission)) {
                return true;
            }
            problems.write(request, response, HttpStatus.FORBIDDEN, owner.get().what() + " belongs to commission "
                    + commission + ", which none of your seats reaches");
            return false;
        }
        if (registers.isMember(caller.getName(), commission)) {
            return true;
        }
        problems.write(request, response, HttpStatus.FORBIDDEN, owner.get().what() + " belongs to commission "
                + commission + "; only its own members decide on it");
        return false;
    }

    /** The matter the path names and the commission it belongs to. */
    private Optional<Owner> owner(HttpServletRequest request, String path, Map<String, String> variables) {
        if (path.equals("/api/decisions") && request.getParameter("businessKey") != null) {
            return ownerOfBusinessKey(request.getParameter("businessKey"));
        }
        if (path.startsWith("/api/decisions/") && variables.containsKey("id") && variables.get("id").matches("[0-9]{1,18}")) {
            return jdbc.sql("SELECT business_key FROM election.decision_log WHERE id = ?")
                    .param(Long.parseLong(variables.get("id"))).query(String.class).optional()
                    .flatMap(this::ownerOfBusinessKey);
        }
        return owner(path, variables);
    }

    /** The commission a decision's business key belongs to: a complaint's, a nomination's, a motion's, an election's. */
    private Optional<Owner> ownerOfBusinessKey(String key) {
        return complaint(key).or(() -> nomination(key)).or(() -> motion(key)).or(() -> appeal(key))
                .or(() -> election(key.contains("/") ? key.substring(0, key.indexOf('/')) : key));
    }

    private Optional<Owner> owner(String path, Map<String, String> variables) {
        if (path.startsWith("/api/complaints/") && variables.containsKey("number")) {
            return complaint(variables.get("number"));
        }
        if (path.startsWith("/api/nominations/") && variables.containsKey("reference")) {
            return nomination(variables.get("reference"));
        }
        if (variables.containsKey("motionNumber")) {
            return motion(variables.get("motionNumber"));
        }
        if (variables.containsKey("appealNumber")) {
            return appeal(variables.get("appealNumber"));
        }
        String election = variables.containsKey("electionNumber") ? variables.get("electionNumber")
                : path.startsWith("/api/elections/") ? variables.get("number") : null;
        return election == null ? Optional.empty() : election(election);
    }

    /** A complaint belongs to its reviewing commission (an older one, to its election's organizer). */
    private Optional<Owner> complaint(String number) {
        return owned("Complaint ", number, """
                SELECT COALESCE(c.reviewer_code, e.organizer_code) FROM election.complaint c
                JOIN election.election e ON e.id = c.election_id WHERE c.complaint_number = ?""");
    }

    private Optional<Owner> nomination(String reference) {
        return owned("Nomination ", reference, """
                SELECT e.organizer_code FROM election.nomination n
                JOIN election.election e ON e.id = n.election_id WHERE n.reference_number = ?""");
    }

    private Optional<Owner> motion(String number) {
        return owned("Motion ", number, """
                SELECT e.organizer_code FROM election.motion m
                JOIN election.election e ON e.election_number = m.election_number WHERE m.motion_number = ?""");
    }

    private Optional<Owner> appeal(String number) {
        return owned("Citizens' appeal ", number, """
                SELECT e.organizer_code FROM election.citizen_appeal a
                JOIN election.election e ON e.election_number = a.election_number WHERE a.appeal_number = ?""");
    }

    private Optional<Owner> election(String number) {
        String organizer = organizers.getIfPresent(number);
        if (organizer != null) {
            return Optional.of(new Owner("Election " + number, organizer));
        }
        Optional<Owner> owner = owned("Election ", number,
                "SELECT organizer_code FROM election.election WHERE election_number = ?");
        owner.map(Owner::commission).ifPresent(code -> organizers.put(number, code));
        return owner;
    }

    /** The matter's commission in one query; empty when there is no such matter. */
    private Optional<Owner> owned(String what, String key, String query) {
        return jdbc.sql(query).param(key).query((row, index) -> new Owner(what + key, row.getString(1))).optional();
    }

    private record Owner(String what, String commission) {
    }
}
