package kz.election.candidate.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who made a decision: the signed-in user, else the user the process names. Never "nobody". */
final class Actor {

    private Actor() {
    }

    static String of(IdentityService identityService, Object fallback) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        if (fallback instanceof String user && !user.isBlank()) {
            return user;
        }
        throw new IllegalStateException("a decision needs the person who made it: sign in, claim the task or name recordedBy");
    }
}
