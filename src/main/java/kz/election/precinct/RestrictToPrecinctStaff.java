package kz.election.precinct;

import kz.election.security.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * A precinct's protocol is entered by that precinct's commission only. The task stays offered to the
 * pec-staff group (so it shows in the group's Tasklist filter), but the group-wide grant the engine
 * gives every candidate group is taken away and each member bound to the precinct gets their own:
 * authorization checks then hide the task from other precincts' members, and refuse claim and complete.
 */
@Component("restrictToPrecinctStaff")
class RestrictToPrecinctStaff implements TaskListener {

    private final ProtocolService protocols;

    RestrictToPrecinctStaff(ProtocolService protocols) {
        this.protocols = protocols;
    }

    @Override
    public void notify(DelegateTask task) {
        for (String userId : protocols.assignedUsers(CountVariables.electionNumber(task), CountVariables.precinctNumber(task))) {
            task.addCandidateUser(userId);
        }
        // the member completing the previous step may not manage authorizations; this is the engine's own bookkeeping
        Context.getCommandContext().runWithoutAuthorization(() -> {
            AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
            authorizations.createAuthorizationQuery()
                    .resourceType(Resources.TASK)
                    .resourceId(task.getId())
                    .groupIdIn(Role.PEC_STAFF.groupId())
                    .list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            return null;
        });
    }
}
