package kz.election.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import kz.election.commission.Commission;
import kz.election.commission.CommissionLevel;
import kz.election.commission.CommissionsChanged;
import kz.election.commission.Registers;
import kz.election.common.BeforeServing;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every role opens Tasklist on its own work: its group's tasks, those due within 24 hours and those
 * overdue. Each filter is shared with its group only, and created once.
 *
 * <p>Every commission above the precincts has two more, named after it: its own tasks (the instances it
 * is responsible for, its tenant) for all its members, and a watch over its area (everything its
 * supervisors may read, which the tenant check narrows to the commission and those below it) for its
 * supervisors. They are shared through the commission's role groups (CommissionGroups), so a member sees
 * the filters of the commissions they sit on and no other; a newly imported commission gets its filters
 * in the import's own transaction.
 *
 * <p>Camunda keeps one name per filter; each also carries its name in kk, ru and en
 * ({@code i18n/tasklist-filters_*}, properties {@code name_kk}, {@code name_ru}, {@code name_en}), which
 * {@link TasklistFilterNames} gives Tasklist in the member's language.
 */
@Component
class TasklistFilters {

    static final String GROUP_TASKS = "My group's tasks";
    static final String DUE_SOON = "Due within 24 hours";
    static final String OVERDUE = "Overdue";
    private static final String GROUP_PROPERTY = "group";
    private static final String COMMISSION_PROPERTY = "commission";
    private static final String KIND_PROPERTY = "kind";
    static final String OWN_TASKS = "own";
    static final String WATCH = "watch";

    private record FilterKind(String name, String key, int priority, String color, String description,
                              UnaryOperator<TaskQuery> narrowing) {
    }

    private static final List<FilterKind> KINDS = List.of(
            new FilterKind(GROUP_TASKS, "filter.groupTasks", -10, "#3366aa", "Tasks offered to your group, claimed or not",
                    query -> query.orderByDueDate().asc()),
            new FilterKind(DUE_SOON, "filter.dueSoon", -9, "#e0a000", "Statutory deadline within the next 24 hours",
                    query -> query.dueAfterExpression("${now()}")
                            .dueBeforeExpression("${dateTime().plusHours(24).toDate()}")
                            .orderByDueDate().asc()),
            new FilterKind(OVERDUE, "filter.overdue", -8, "#cc0000", "Deadline passed and not completed",
                    query -> query.dueBeforeExpression("${now()}").orderByDueDate().asc()));

    private final FilterNames names = new FilterNames();

    private final FilterService filterService;
    private final TaskService taskService;
    private final AccessSetup accessSetup;
    private final Registers registers;
    private final EngineUsers engineUsers;

    TasklistFilters(FilterService filterService, TaskService taskService, AccessSetup accessSetup, Registers registers,
                    EngineUsers engineUsers) {
        this.registers = registers;
        this.engineUsers = engineUsers;
        this.filterService = filterService;
        this.taskService = taskService;
        this.accessSetup = accessSetup;
    }

    @EventListener(BeforeServing.class)
    @Order(2)
    public void createFilters() {
        for (Role role : AccessSetup.TASKLIST_USERS) {
            for (FilterKind kind : KINDS) {
                Filter filter = existing(role, kind.name());
                if (filter == null) {
                    filter = create(role, kind);
                }
                // filters made before their names were translated get them now
                names.name(filterService, filter, language -> names.text(language, kind.key()));
                accessSetup.grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }

    /** The filters of every commission above the precincts, after the registers are read at start. */
    @EventListener(BeforeServing.class)
    @Order(6)
    public void createCommissionFilters() {
        // the importer (an administrator or a commission above) need not hold grants on filters: the
        // filters are the application's, and all of them must be seen to add only the missing ones
        engineUsers.withoutAuthorization(this::createMissingCommissionFilters);
    }

    /** A commission import that added or changed commissions gives the new ones their filters at once. */
    @EventListener
    public void commissionsChanged(CommissionsChanged changed) {
        createCommissionFilters();
    }

    private void createMissingCommissionFilters() {
        Map<String, Filter> existing = new LinkedHashMap<>();
        filterService.createTaskFilterQuery().list().forEach(filter -> {
            Object commission = filter.getProperties() == null ? null : filter.getProperties().get(COMMISSION_PROPERTY);
            if (commission != null) {
                existing.put(commission + "/" + filter.getProperties().get(KIND_PROPERTY), filter);
            }
        });
        for (Commission commission : registers.commissions()) {
            if (commission.level() == CommissionLevel.PRECINCT) {
                continue;
            }
            Function<String, String> ownName = language -> names.text(language, "filter.own", commission.name(language));
            Function<String, String> watchName = language -> names.text(language, "filter.watch", commission.name(language));
            Filter own = existing.computeIfAbsent(commission.code() + "/" + OWN_TASKS, key -> create(commission, OWN_TASKS, ownName,
                    commission.name() + ": tasks", -20, "#2b7a4b", "Tasks of the elections and complaints "
                            + commission.code() + " is responsible for", taskService.createTaskQuery()
                            .tenantIdIn(commission.code()).orderByDueDate().asc()));
            names.name(filterService, own, ownName);
            for (Role role : CommissionGroups.COMMISSION_ROLES) {
                if (role != Role.PEC_STAFF) {
                    accessSetup.grant(CommissionGroups.of(commission.code(), role.groupId()), Resources.FILTER,
                            own.getId(), Permissions.READ);
                }
            }
            Filter watch = existing.computeIfAbsent(commission.code() + "/" + WATCH, key -> create(commission, WATCH, watchName,
                    "Watch: " + commission.name(), -19, "#6b5b95", "Every open task in the area of " + commission.code()
                            + " and the commissions below it, to follow, not to work", taskService.createTaskQuery()
                            .orderByDueDate().asc()));
            names.name(filterService, watch, watchName);
            accessSetup.grant(CommissionGroups.of(commission.code(), Role.SUPERVISORS.groupId()), Resources.FILTER,
                    watch.getId(), Permissions.READ);
        }
    }

    private Filter create(Commission commission, String kind, Function<String, String> nameIn, String name, int priority,
                          String color, String description, TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        names.put(properties, nameIn);
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put(COMMISSION_PROPERTY, commission.code());
        properties.put(KIND_PROPERTY, kind);
        return filterService.saveFilter(filterService.newTaskFilter(name).setQuery(query).setProperties(properties));
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
        names.put(properties, language -> names.text(language, kind.key()));
        Filter filter = filterService.newTaskFilter(kind.name())
                .setQuery(kind.narrowing().apply(query))
                .setProperties(properties);
        return filterService.saveFilter(filter);
    }
}
