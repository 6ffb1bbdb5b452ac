package kz.election;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Signs a user in to the engine as a door does: with the role groups named and the groups and tenants
 * the user's commission seats give for them (platform/StaffDirectory), so grants and the tenant check
 * apply to the test's engine calls as they would to a Tasklist user's.
 */
public final class SignIn {

    private SignIn() {
    }

    public static void as(IdentityService identityService, String userId, String... roleGroups) {
        List<String> roles = Arrays.asList(roleGroups);
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .filter(group -> roles.contains(group) || roles.stream().anyMatch(role -> group.endsWith("." + role)))
                .toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identityService.setAuthentication(userId, groups.isEmpty() ? roles : groups, tenants);
    }
}
