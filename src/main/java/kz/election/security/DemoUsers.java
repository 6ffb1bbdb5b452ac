package kz.election.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import kz.election.common.BeforeServing;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role for a first run ({@code election.demo-users=true}). The password comes
 * from configuration; without one, a fresh random password is set and written to the log, so no
 * password is ever committed.
 */
@Component
@ConditionalOnProperty(name = "election.demo-users", havingValue = "true")
class DemoUsers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final String configuredPassword;

    DemoUsers(IdentityService identityService, @Value("${election.demo-password:}") String configuredPassword) {
        this.identityService = identityService;
        this.configuredPassword = configuredPassword;
    }

    static String userIdOf(Role role) {
        return "demo-" + role.groupId().split("-")[0];
    }

    @EventListener(BeforeServing.class)
    @Order(3)
    public void createDemoUsers() {
        String password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
        for (Role role : Role.values()) {
            String userId = userIdOf(role);
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                user = identityService.newUser(userId);
                user.setFirstName("Demo");
                user.setLastName(role.groupName());
                user.setEmail(userId + "@example.invalid");
            }
            PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(password, user);
            if (!policy.isValid()) {
                throw new IllegalStateException("ELECTION_DEMO_PASSWORD does not pass the password policy for "
                        + userId + ": " + EngineLoginSettings.explain(policy));
            }
            user.setPassword(password);
            identityService.saveUser(user);
            joinIfNotMember(userId, role.groupId());
        }
        // Camunda's webapps know their administrator only by the built-in group; without a member
        // they send every visitor to the first-run "create an admin" page
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group camundaAdmin = identityService.newGroup(Groups.CAMUNDA_ADMIN);
            camundaAdmin.setName("Camunda administrators");
            camundaAdmin.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(camundaAdmin);
        }
        joinIfNotMember(userIdOf(Role.ADMINS), Groups.CAMUNDA_ADMIN);
        if (configuredPassword.isBlank()) {
            LOG.warn("Demo users {} have the password {} (set ELECTION_DEMO_PASSWORD to choose one)",
                    Arrays.stream(Role.values()).map(DemoUsers::userIdOf).toList(), password);
        } else {
            LOG.info("Demo users created with the configured password (ELECTION_DEMO_PASSWORD)");
        }
    }

    private void joinIfNotMember(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private static String randomPassword() {
        // 24 characters: comfortably above the password policy's minimum length
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
