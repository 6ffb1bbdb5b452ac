package kz.election.platform;

import java.util.List;
import java.util.Map;

/**
 * What a user's seats on commissions add to their identity in the engine: the groups through which they
 * decide their own commission's tasks, and the tenants (commissions) whose elections they see. Derived
 * from the commission register at every sign-in, never stored, so the register is the one truth.
 */
public interface SeatIdentities {

    /** The groups the seats add, given the user's stored groups (their roles): group id to display name. */
    Map<String, String> groupsOf(String userId, List<String> storedGroups);

    /** The tenants the user sees: tenant id (a commission code) to display name. */
    Map<String, String> tenantsOf(String userId);
}
