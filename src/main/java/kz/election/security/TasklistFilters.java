package kz.election.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every role opens Tasklist on its own work: its group's tasks, those due within 24 hours and those
 * overdue. Each filter is shared with its group only, and created once.
 */
@Component
class TasklistFilters {

    static final String GROUP_TASKS = "My group's tasks";
    static final String DUE_SOON = "Due within 24 hours";
    static final String OVERDUE = "Overdue";
    private static final String GROUP_PROPERTY = "group";

    private record FilterKind(String name, int priority, String color, String description,
                              UnaryOperator<TaskQuery> narrowing) {
    }

    private static final List<FilterKind> KINDS = List.of(
            new FilterKind(GROUP_TASKS, -10, "#3366aa", "Tasks offered to your group, claimed or not",
                    query -> query.orderByDueDate().asc()),
            new FilterKind(DUE_SOON, -9, "#e0a000", "Statutory deadline within the next 24 hours",
                    query -> query.dueAfterExpression("${now()}")
                            .dueBeforeExpression("${dateTime().plusHours(24).toDate()}")
                            .orderByDueDate().asc()),
            new FilterKind(OVERDUE, -8, "#cc0000", "Deadline passed and not completed",
                    query -> query.dueBeforeExpression("${now()}").orderByDueDate().asc()));

    private final FilterService filterService;
    private final TaskService taskService;
    private final AccessSetup accessSetup;

    TasklistFilters(FilterService filterService, TaskService taskService, AccessSetup accessSetup) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.accessSetup = accessSetup;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    public void createFilters() {
        for (Role role : AccessSetup.TASKLIST_USERS) {
            for (FilterKind kind : KINDS) {
                Filter filter = existing(role, kind.name());
                if (filter == null) {
                    filter = create(role, kind);
                }
                accessSetup.grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }

    private Filter existing(Role role, String name) {
        return filterService.createTaskFilterQuery().filterName(name).list().stream()
                .filter(filter -> role.groupId().equals(filter.getProperties().get(GROUP_PROPERTY)))
                .findFirst()
                .orElse(null);
    }

    private Filter create(Role role, FilterKind kind) {
        TaskQuery query = taskService.createTaskQuery()
                .taskCandidateGroup(role.groupId())
                .includeAssignedTasks();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", kind.description() + " (" + role.groupName() + ")");
        properties.put("priority", kind.priority());
        properties.put("color", kind.color());
        properties.put("refresh", true);
        properties.put(GROUP_PROPERTY, role.groupId());
        Filter filter = filterService.newTaskFilter(kind.name())
                .setQuery(kind.narrowing().apply(query))
                .setProperties(properties);
        return filterService.saveFilter(filter);
    }
}
