package kz.election.web;

import java.util.Arrays;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who reads a person's data: the roles that decide on the record, and administrators. Which roles may
 * read a record at all is SecurityConfiguration's; this says whether they get it with its personal fields.
 */
final class NeedToKnow {

    private static final Set<String> ADMINS = Set.of("admins", "camunda-admin");

    private NeedToKnow() {
    }

    /** Whether the caller holds one of the deciding groups, or is an administrator. */
    static boolean decidesOrAdministers(Authentication caller, String... decidingGroups) {
        Set<String> deciding = Set.copyOf(Arrays.asList(decidingGroups));
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(group -> deciding.contains(group) || ADMINS.contains(group));
    }
}
