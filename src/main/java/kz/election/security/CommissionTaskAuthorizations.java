package kz.election.security;

import java.util.ArrayList;
import java.util.List;
import kz.election.commission.Registers;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may work a task: the holders of the task's role in the commission responsible for it, nobody else.
 *
 * <p>A model's user task names a role (tec-staff, complaints-officers, ...). The engine would grant the
 * task to everyone in that group, in every commission of the country. Instead, the grant goes to the
 * role's group of the commission whose tenant the instance is ({@link ElectionTenants}): a TEC's tasks to
 * that TEC's staff. A supervisor's task (a missed deadline) goes to the commission that supervises the
 * instance's: the one above it, or for a precinct's count its territorial commission, which supervises
 * the precinct commission. The task still names the role, so the role's Tasklist filters list it; the
 * grant and the tenant check decide who sees and works it.
 *
 * <p>Precinct commission tasks belong to one precinct: pec-staff as a group gets no grant at all, and the
 * process adds the members bound to the precinct as candidate users, who get their own grant.
 *
 * <p>An instance without a tenant (started before the registers existed) keeps the role-wide grant.
 */
@Component
class CommissionTaskAuthorizations extends AbstractProcessEnginePlugin {

    static final String PRECINCT_COUNT = "precinctCount";

    private final Registers registers;

    CommissionTaskAuthorizations(Registers registers) {
        this.registers = registers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider(registers));
        // administrators work across all commissions: Camunda's admin groups skip grants and tenant checks
        List<String> adminGroups = new ArrayList<>(configuration.getAdminGroups() == null ? List.of()
                : configuration.getAdminGroups());
        if (!adminGroups.contains(Role.ADMINS.groupId())) {
            adminGroups.add(Role.ADMINS.groupId());
        }
        configuration.setAdminGroups(adminGroups);
    }

    static final class Provider extends DefaultAuthorizationProvider {

        private final Registers registers;

        Provider(Registers registers) {
            this.registers = registers;
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (Role.PEC_STAFF.groupId().equals(groupId)) {
                return new AuthorizationEntity[0];
            }
            return super.newTaskGroupIdentityLink(task, grantee(task, groupId), type);
        }

        @Override
        public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (Role.PEC_STAFF.groupId().equals(groupId)) {
                return new AuthorizationEntity[0];
            }
            return super.deleteTaskGroupIdentityLink(task, grantee(task, groupId), type);
        }

        /** The group that gets the task's grant for a candidate group of the task. */
        String grantee(Task task, String groupId) {
            String tenant = task.getTenantId();
            if (tenant == null || !CommissionGroups.isCommissionRole(groupId)) {
                return groupId;
            }
            String commission = tenant;
            if (Role.SUPERVISORS.groupId().equals(groupId) && !isPrecinctCount(task)) {
                commission = registers.parentOf(tenant).map(parent -> parent.code()).orElse(tenant);
            }
            return CommissionGroups.of(commission, groupId);
        }

        private static boolean isPrecinctCount(Task task) {
            String definition = task.getProcessDefinitionId();
            return definition != null && definition.startsWith(PRECINCT_COUNT + ":");
        }
    }
}
