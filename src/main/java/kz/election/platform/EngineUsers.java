package kz.election.platform;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the engine is acting for, and the one door for engine bookkeeping that the caller's own grants
 * must not block. Kept here so the domain packages never touch engine internals.
 */
@Component
public class EngineUsers {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;

    EngineUsers(IdentityService identityService, ProcessEngineConfigurationImpl engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** The signed-in user of this request or Tasklist action; empty for the engine's own jobs. */
    public Optional<String> current() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }

    /**
     * The commissions whose matters the signed-in user sees (their engine tenants); empty when nothing
     * narrows them: an administrator, or the engine's own work without a signed-in user.
     */
    public Optional<Set<String>> visibleCommissions() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getGroupIds() != null
                && authentication.getGroupIds().stream().anyMatch(engine.getAdminGroups()::contains)) {
            return Optional.empty();
        }
        return Optional.of(authentication.getTenantIds() == null ? Set.of() : Set.copyOf(authentication.getTenantIds()));
    }

    /** The signed-in user, for a step that records a person's decision. */
    public String require(String what) {
        return current().orElseThrow(() -> new IllegalStateException(what + " needs a signed-in user"));
    }

    /**
     * The groups of a user, read whatever the caller may see of users; empty when no such user exists
     * (a territorial commission binding a member names a user it holds no read grant on).
     */
    public Optional<Set<String>> groupsOf(String userId) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                return Optional.<Set<String>>empty();
            }
            return Optional.of(identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).collect(Collectors.toUnmodifiableSet()));
        }));
    }

    /**
     * Runs engine calls without checking the current user's grants, in the current transaction and one
     * command context, and returns what they return. For callers that authorized the user themselves
     * (the REST doors of the precinct count check the member's precinct): the caller stays the
     * authenticated user, so history and the operation log still name them.
     */
    public <T> T callWithoutAuthorization(Supplier<T> work) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
    }

    /** Runs engine calls without checking the current user's grants, in the current transaction. */
    public void withoutAuthorization(Runnable work) {
        callWithoutAuthorization(() -> {
            work.run();
            return null;
        });
    }
}
