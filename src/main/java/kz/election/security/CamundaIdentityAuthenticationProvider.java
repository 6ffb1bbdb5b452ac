package kz.election.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import kz.election.platform.DatabaseOutage;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks REST credentials against Camunda's users; the user's groups become their authorities. Credentials
 * verified a moment ago pass at once; any other attempt first asks the {@link LoginGuard} whether its
 * client address or account must wait (429), and a wrong password counts against the address.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final VerifiedCredentials verified;
    private final LoginGuard guard;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, VerifiedCredentials verified,
                                          LoginGuard guard) {
        this.identityService = identityService;
        this.verified = verified;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        String password = credentials.toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        VerifiedCredentials.Identity identity = verified.identityOf(userId, password).orElseGet(() -> {
            if (!passwordMatches(userId, password, address)) {
                guard.failed(address);
                throw new BadCredentialsException("Unknown user or wrong password");
            }
            VerifiedCredentials.Identity fresh = identityOf(identityService, userId);
            verified.remember(userId, password, fresh);
            return fresh;
        });
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(userId, null,
                identity.groups().stream().map(SimpleGrantedAuthority::new).toList());
        // the engine's tenant check needs the tenants too (EngineAuthenticationFilter hands them on)
        token.setDetails(identity);
        return token;
    }

    /**
     * The user's groups and tenants, read as Camunda's webapps read them at login: with the groups and
     * tenants the user's commission seats give (platform/StaffDirectory).
     */
    static VerifiedCredentials.Identity identityOf(IdentityService identityService, String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        return new VerifiedCredentials.Identity(groups, tenants);
    }

    private boolean passwordMatches(String userId, String password, String address) {
        try {
            guard.waitBefore(address, userId).ifPresent(wait -> {
                throw new LoginThrottledException(wait);
            });
            return identityService.checkPassword(userId, password);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCauseOf(e)) {
                // not the caller's fault: answered 503 with a retry hint, not 401
                throw new AuthenticationServiceException(DatabaseOutage.detail(), e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
