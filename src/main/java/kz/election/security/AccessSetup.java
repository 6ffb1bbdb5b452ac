package kz.election.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.election.common.BeforeServing;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the commission roles as Camunda groups and grants each exactly what its work needs.
 * Runs at every start and only adds what is missing, so several nodes and restarts agree.
 */
@Component
class AccessSetup {

    private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

    /** Which role may start which process (from a Tasklist start form or over REST). */
    static final Map<Role, List<String>> STARTS = Map.of(
            Role.TEC_STAFF, List.of("election", "candidateRegistration"),
            Role.COMPLAINTS_OFFICERS, List.of("complaint"),
            Role.MASLIKHAT_SECRETARIAT, List.of("noConfidence"));

    static final List<Role> TASKLIST_USERS = List.of(Role.TEC_STAFF, Role.PEC_STAFF, Role.COMPLAINTS_OFFICERS,
            Role.MASLIKHAT_SECRETARIAT, Role.SUPERVISORS);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    AccessSetup(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @EventListener(BeforeServing.class)
    @Order(1)
    public void setUpRolesAndPermissions() {
        for (Role role : Role.values()) {
            createGroupIfMissing(role);
            grant(role, Resources.GROUP, role.groupId(), Permissions.READ);
        }
        for (Role role : TASKLIST_USERS) {
            grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // Tasklist shows the process name of each task and the names of colleagues
            grant(role, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(role, Resources.USER, ANY, Permissions.READ);
        }
        STARTS.forEach((role, processKeys) -> {
            grant(role, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            for (String key : processKeys) {
                grant(role, Resources.PROCESS_DEFINITION, key,
                        Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            }
        });
        grantSupervisorsReadOnlyEverything();
        // as Camunda's own first-run setup does for camunda-admin: every permission on every resource
        for (Resource resource : Resources.values()) {
            grant(Role.ADMINS, resource, ANY, Permissions.ALL);
        }
        LOG.info("Roles and permissions in place: {}", Arrays.stream(Role.values()).map(Role::groupId).toList());
    }

    /**
     * Supervisors watch the elections of their area in Cockpit; they may read all of it and change none of
     * it. The grants are for everything; the tenant check narrows them to the commissions the supervisor's
     * seats reach (docs/COMMISSIONS.md).
     */
    private void grantSupervisorsReadOnlyEverything() {
        Role supervisors = Role.SUPERVISORS;
        grant(supervisors, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(supervisors, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
        grant(supervisors, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(supervisors, Resources.TASK, ANY, Permissions.READ);
        grant(supervisors, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(supervisors, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(supervisors, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(supervisors, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(supervisors, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(supervisors, Resources.BATCH, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(supervisors, Resources.GROUP, ANY, Permissions.READ);
    }

    private void createGroupIfMissing(Role role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(role.groupId());
        group.setName(role.groupName());
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
    }

    /** Adds the permissions to the role's grant on that resource, creating the grant if there is none. */
    void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
        grant(role.groupId(), resource, resourceId, permissions);
    }

    /** Adds the permissions to the group's grant on that resource, creating the grant if there is none. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
