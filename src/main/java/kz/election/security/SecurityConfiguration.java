package kz.election.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. The REST APIs ({@code /engine-rest}, {@code /api}) take HTTP Basic credentials checked
 * against Camunda's identity service, so one user and one set of groups serve both. The webapps
 * (Tasklist, Cockpit, Admin) keep the login and CSRF protection Camunda ships; the public results
 * pages need no login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    // Path matchers that see the whole path: /engine-rest is Jersey's servlet, not Spring MVC's
    private static final RequestMatcher ENGINE_REST = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/**");
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String CLOSED = "This request is closed here: the results pages are only read, the first"
            + " administrator comes from the configuration, and passwords are checked only at login.";
    static final String RESULTS_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /**
     * Actuator: the probes ({@code /actuator/health/**}) answer anyone with UP or DOWN only (their details
     * only to administrators, management.endpoint.health); metrics and everything else only administrators.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemSecurityHandler problems) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/health"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/health/**"))
                        .permitAll()
                        .anyRequest().hasAnyAuthority(Role.ADMINS.groupId(), "camunda-admin"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandler problems) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(ENGINE_REST, API))
                .authorizeHttpRequests(requests -> requests
                        // need to know: no precinct member reads a nomination, only complaints officers
                        // and admins a complaint's files, only the secretariat and supervisors a citizens' appeal
                        // (the controllers give the personal fields to the deciding role and admins alone)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/nominations/**"))
                        .hasAnyAuthority(Role.TEC_STAFF.groupId(), Role.COMPLAINTS_OFFICERS.groupId(),
                                Role.MASLIKHAT_SECRETARIAT.groupId(), Role.SUPERVISORS.groupId(), Role.ADMINS.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/complaints/*/attachments/**"))
                        .hasAnyAuthority(Role.COMPLAINTS_OFFICERS.groupId(), Role.ADMINS.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/no-confidence/appeals/**"))
                        .hasAnyAuthority(Role.MASLIKHAT_SECRETARIAT.groupId(), Role.SUPERVISORS.groupId(), Role.ADMINS.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/decisions/**"))
                        .hasAnyAuthority(Role.SUPERVISORS.groupId(), Role.ADMINS.groupId())
                        // the audit trail of an election is the supervisors' control over the commissions
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/elections/*/audit"))
                        .hasAnyAuthority(Role.SUPERVISORS.groupId(), Role.ADMINS.groupId())
                        // the protocol hash chain is published: it protects only if outsiders can hold its digests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/elections/*/chain"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/elections/*/verify"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/elections/*/chain/head"))
                        .permitAll()
                        // the district/city TEC calls the election (docs/RULES.md); everyone signed in reads it
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/elections"))
                        .hasAuthority(Role.TEC_STAFF.groupId())
                        // the TEC registers candidates (docs/RULES.md), so only its staff file nominations
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/api/elections/*/nominations"))
                        .hasAuthority(Role.TEC_STAFF.groupId())
                        // a precinct commission enters its protocol, the territorial commission accepts it
                        // and binds the precinct members (ProtocolService checks the member's precinct)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/precincts/*/*/protocol"))
                        .hasAuthority(Role.PEC_STAFF.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/precincts/*/*/protocol/acceptance"))
                        .hasAuthority(Role.TEC_STAFF.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/elections/*/ballot"))
                        .hasAuthority(Role.TEC_STAFF.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/precincts/*/*/staff"))
                        .hasAuthority(Role.TEC_STAFF.groupId())
                        // the territorial commission moves a precinct's voting hours (PrecinctHours)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/precincts/*/*/hours"))
                        .hasAuthority(Role.TEC_STAFF.groupId())
                        // the TEC records the candidates' money: deposit receipts, a death, fund reports (docs/RULES.md, Money)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/nominations/*/deposit"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/nominations/*/death"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/nominations/*/fund-report"))
                        .hasAuthority(Role.TEC_STAFF.groupId())
                        // the TEC that called the election cancels it
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/elections/*/cancellation"))
                        .hasAuthority(Role.TEC_STAFF.groupId())
                        // complaints officers take in and decide complaints; supervisors read a complaint to follow
                        // its deadline, without the complainant (ComplaintController); the public list has none of it
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/complaints"))
                        .hasAuthority(Role.COMPLAINTS_OFFICERS.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/complaints/**"))
                        .hasAuthority(Role.COMPLAINTS_OFFICERS.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/complaints/**"))
                        .hasAnyAuthority(Role.COMPLAINTS_OFFICERS.groupId(), Role.SUPERVISORS.groupId(), Role.ADMINS.groupId())
                        // the maslikhat's secretariat files motions (and resignations, deaths) and records citizens' appeals
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/no-confidence"))
                        .hasAuthority(Role.MASLIKHAT_SECRETARIAT.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/no-confidence/appeals"))
                        .hasAuthority(Role.MASLIKHAT_SECRETARIAT.groupId())
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/no-confidence/*/acting-akim"))
                        .hasAuthority(Role.MASLIKHAT_SECRETARIAT.groupId())
                        // a precinct commission reports its turnout (CountTasks checks the member's precinct)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/precincts/*/*/turnout"))
                        .hasAuthority(Role.PEC_STAFF.groupId())
                        // the benchmark's clock (bench profile only, BenchClockController) is Camunda administrators' alone
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/bench/**"))
                        .hasAuthority("camunda-admin")
                        // the territory register (KATO) is the administrators'; commissions and members may also be
                        // changed by the commissions above them, which RegisterImports checks against the register
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/territories"))
                        .hasAnyAuthority(Role.ADMINS.groupId(), "camunda-admin")
                        // tells whether any user's password is right, outside the login throttle: administrators only
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/identity/verify"))
                        .hasAnyAuthority(Role.ADMINS.groupId(), "camunda-admin")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Credentials travel in a header on every call, never in a cookie; what a browser could still
                // forge (cached credentials) CrossSiteRequests and BodylessPostGuard refuse
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new ContentSecurityPolicyHeaderWriter("default-src 'none'; frame-ancestors 'none'")))
                        // Swagger UI of the API's description (operations/ApiDescription) loads its own scripts,
                        // styles and icons, and reads the description; nothing inline, nothing from elsewhere
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappsAndPublicPages(HttpSecurity http, ProblemSecurityHandler problems) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        // the public results are read without login, and only read
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/results/**"))
                        .permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.HEAD, "/results/**"))
                        .permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/results/**")).denyAll()
                        // the first administrator comes from configuration (FirstAdministrator), never from the
                        // first visitor, whatever the groups hold
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/admin/setup/**"))
                        .denyAll()
                        // the webapps' copy of /engine-rest/identity/verify: a password oracle no webapp uses
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher("/camunda/api/engine/engine/*/identity/verify")).denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, CLOSED))
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, CLOSED)))
                // Camunda's webapps carry their own CSRF filter (X-XSRF-TOKEN); a second one would break them
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // the results pages load their stylesheet and nothing else (no script, no inline style);
                        // the webapps keep the policy Camunda sets for them (camunda.bpm.webapp.header-security)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher("/results/**"),
                                new ContentSecurityPolicyHeaderWriter(RESULTS_CONTENT_SECURITY_POLICY))))
                .build();
    }

    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> engineAuthenticationFilter(IdentityService identityService) {
        FilterRegistrationBean<EngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EngineAuthenticationFilter(identityService));
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        // after Spring Security (order -100), which has authenticated the caller by then
        registration.setOrder(0);
        return registration;
    }
}
