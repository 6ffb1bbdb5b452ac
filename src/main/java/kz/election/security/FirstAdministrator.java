package kz.election.security;

import kz.election.common.BeforeServing;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of an installation comes from its configuration, never from the first visitor
 * of Camunda's setup page (which {@link SecurityConfiguration} keeps closed). At a start that finds no
 * administrator (nobody in {@code admins} or {@code camunda-admin}), the user
 * {@code election.security.first-admin.user} is created with the password
 * {@code election.security.first-admin.password} (ELECTION_ADMIN_USER, ELECTION_ADMIN_PASSWORD) and joins
 * both groups. While an administrator exists the settings are not used: a later change of the password
 * in the environment changes nothing. Only a start that finds no administrator at all (the first, or one
 * after every administrator was removed) creates one, and never over an existing user.
 */
@Component
class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identityService;
    private final TransactionTemplate transaction;
    private final String userId;
    private final String password;

    FirstAdministrator(IdentityService identityService, TransactionTemplate transaction,
                       @Value("${election.security.first-admin.user:}") String userId,
                       @Value("${election.security.first-admin.password:}") String password) {
        this.identityService = identityService;
        this.transaction = transaction;
        this.userId = userId.strip();
        this.password = password;
    }

    /** After the roles (AccessSetup) and the demo users (DemoUsers, whose demo-admins is an administrator). */
    @EventListener(BeforeServing.class)
    @Order(4)
    public void createIfNoAdministratorExists() {
        if (administratorExists()) {
            return;
        }
        if (userId.isEmpty() || password.isEmpty()) {
            LOG.warn("No administrator exists. Set ELECTION_ADMIN_USER and ELECTION_ADMIN_PASSWORD and restart:"
                    + " the first administrator is created from them (Camunda's setup page is closed).");
            return;
        }
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            // whoever knows that user's password would become administrator: refuse, an operator decides
            throw new IllegalStateException("ELECTION_ADMIN_USER names the existing user '" + userId
                    + "', who is no administrator: name a new user for the first administrator");
        }
        User admin = identityService.newUser(userId);
        admin.setFirstName("First");
        admin.setLastName("Administrator");
        PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(password, admin);
        if (!policy.isValid()) {
            throw new IllegalStateException("ELECTION_ADMIN_PASSWORD does not pass the password policy: "
                    + EngineLoginSettings.explain(policy));
        }
        try {
            transaction.executeWithoutResult(status -> {
                admin.setPassword(password);
                identityService.saveUser(admin);
                if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                    Group camundaAdmin = identityService.newGroup(Groups.CAMUNDA_ADMIN);
                    camundaAdmin.setName("Camunda administrators");
                    camundaAdmin.setType(Groups.GROUP_TYPE_SYSTEM);
                    identityService.saveGroup(camundaAdmin);
                }
                identityService.createMembership(userId, Role.ADMINS.groupId());
                identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
            });
        } catch (RuntimeException e) {
            if (administratorExists()) {
                // another node of the same installation, starting at the same moment, was first
                LOG.info("The first administrator was created by another node");
                return;
            }
            throw e;
        }
        LOG.info("First administrator '{}' created from ELECTION_ADMIN_USER (member of {} and {})", userId,
                Role.ADMINS.groupId(), Groups.CAMUNDA_ADMIN);
    }

    private boolean administratorExists() {
        return identityService.createUserQuery().memberOfGroup(Role.ADMINS.groupId()).count() > 0
                || identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
    }
}
