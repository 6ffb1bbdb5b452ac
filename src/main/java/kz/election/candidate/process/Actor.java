package kz.election.candidate.process;

import kz.election.platform.EngineUsers;

/** Who made a decision: the signed-in user, else the user the process names. Never "nobody". */
final class Actor {

    private Actor() {
    }

    static String of(EngineUsers engineUsers, Object fallback) {
        return engineUsers.current().orElseGet(() -> {
            if (fallback instanceof String user && !user.isBlank()) {
                return user;
            }
            throw new IllegalStateException(
                    "a decision needs the person who made it: sign in, claim the task or name recordedBy");
        });
    }
}
