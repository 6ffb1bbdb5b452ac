package kz.election.notification.digest;

import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks a staff member can work, as the engine decides it for them in Tasklist: their commissions
 * (tenants) and grants, as their seats give them at sign-in, and a candidate group they hold (or the task is
 * theirs). Asked as the member, never by copying the engine's rules.
 */
@Component
class WorkableTasks {

    private final IdentityService identity;
    private final TaskService tasks;

    WorkableTasks(IdentityService identity, TaskService tasks) {
        this.identity = identity;
        this.tasks = tasks;
    }

    /** Whether the member can work task {@code taskId} (still open). */
    boolean canWork(String userId, String taskId) {
        return as(userId, () -> tasks.createTaskQuery().taskId(taskId).taskCandidateUser(userId)
                .includeAssignedTasks().count() > 0);
    }

    /** The task as it stands, when it is still open and the member can work it. */
    java.util.Optional<OpenedTask> openTask(String userId, String taskId) {
        return java.util.Optional.ofNullable(as(userId, () -> tasks.createTaskQuery().taskId(taskId)
                        .taskCandidateUser(userId).includeAssignedTasks().singleResult()))
                .map(task -> new OpenedTask(task.getId(), TaskDigests.processKeyOf(task.getProcessDefinitionId()),
                        task.getTaskDefinitionKey(), task.getTenantId(), task.getName(),
                        task.getCreateTime() == null ? null : task.getCreateTime().toInstant()));
    }

    /** The open tasks the member can work that opened in [{@code from}, {@code to}), oldest first. */
    List<Task> openedBetween(String userId, Date from, Date to) {
        return as(userId, () -> tasks.createTaskQuery().taskCandidateUser(userId).includeAssignedTasks()
                .taskCreatedAfter(new Date(from.getTime() - 1)).taskCreatedBefore(to)
                .orderByTaskCreateTime().asc().list());
    }

    /**
     * Runs {@code query} signed in as the member (their groups and tenants). Only on a thread of the digests'
     * own, where nobody is signed in: it leaves the thread signed out.
     */
    private <T> T as(String userId, Supplier<T> query) {
        // read as nobody: the member's own groups and tenants, which a caller's grants must not narrow
        identity.clearAuthentication();
        try {
            List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
            List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                    .stream().map(Tenant::getId).toList();
            identity.setAuthentication(userId, groups, tenants);
            return query.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
