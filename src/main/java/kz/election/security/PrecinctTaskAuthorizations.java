package kz.election.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Precinct commission tasks belong to one precinct. The engine grants every candidate group of a task
 * the right to see and work it; for pec-staff that would open each precinct's protocol to every
 * precinct. So pec-staff as a group gets no grant on a task: the task still names the group (it shows
 * in the group's Tasklist filter), and the process adds the members bound to the precinct as candidate
 * users, who get their own grant. Authorization checks then hide the task from everyone else and
 * refuse their claim and complete.
 */
@Component
class PrecinctTaskAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (Role.PEC_STAFF.groupId().equals(groupId)) {
                return new AuthorizationEntity[0];
            }
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }
    }
}
