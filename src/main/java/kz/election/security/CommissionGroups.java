package kz.election.security;

import java.util.List;

/**
 * The groups through which a commission's members decide its tasks: one per commission and role,
 * {@code <commission code>.<role group>} (TEC-116600000.tec-staff). A model's user task names the role
 * (the lane a lawyer reads); the engine grants the task to the role's holders in the commission
 * responsible for the instance ({@link CommissionTaskAuthorizations}); a user's seats give them these
 * groups at sign-in ({@link RegisterSeatIdentities}). Nobody is ever added to them by hand.
 */
final class CommissionGroups {

    /** The roles a commission's members act in; administrators are nobody's members. */
    static final List<Role> COMMISSION_ROLES = List.of(Role.TEC_STAFF, Role.PEC_STAFF, Role.COMPLAINTS_OFFICERS,
            Role.MASLIKHAT_SECRETARIAT, Role.SUPERVISORS);

    private CommissionGroups() {
    }

    static String of(String commissionCode, String roleGroupId) {
        return commissionCode + "." + roleGroupId;
    }

    static boolean isCommissionRole(String groupId) {
        return COMMISSION_ROLES.stream().anyMatch(role -> role.groupId().equals(groupId));
    }
}
