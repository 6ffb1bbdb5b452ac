package kz.election.conduct.process;

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

    /** The task's assignee when it has one (Tasklist claims before completing), else the signed-in user. */
    static String ofTask(EngineUsers engineUsers, String assignee) {
        return engineUsers.current().orElseGet(() -> {
            if (assignee != null && !assignee.isBlank()) {
                return assignee;
            }
            throw new IllegalStateException("a decision needs the person who made it: claim the task first");
        });
    }
}
