package kz.election.platform;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine's own doors ({@code /engine-rest} and the webapps' {@code /camunda/api}) reach every
 * command Camunda has, and Camunda checks only coarse grants: TASK_WORK lets a completer write any
 * variable into the process, CREATE_INSTANCE lets a starter begin at any activity or fire a message start
 * event. This interceptor closes those gaps at the cause, in the engine, for every command a person sends
 * through those doors (commands the application's own steps issue inside a running command, and the
 * {@code /api} services, which build their variables from validated input, are not a door):
 *
 * <ul>
 *   <li>a task completion or task form carries only the fields of that task's form; a field the form
 *       shows read-only must come back unchanged and is not written again; anything else is refused with a
 *       400 naming each variable ({@link FormFields});</li>
 *   <li>a start carries only the fields of the process's start form, and only a process with a start
 *       form can be started at a door by a non-administrator;</li>
 *   <li>starting at an activity, modifying or restarting an instance, correlating messages, sending
 *       signals, writing variables outside a completion, and changing jobs are administrators' repairs
 *       (403 for anyone else);</li>
 *   <li>nobody deploys at run time: the models come from the application's jar.</li>
 * </ul>
 */
public class CommandGuard extends CommandInterceptor {

    /** The code of Camunda's refusal of an instance, task or job of a tenant the caller does not belong to. */
    static final String UNAUTHORIZED_TENANT = "ENGINE-13034";

    /** Camunda's administrators and the application's admins role (security.Role.ADMINS). */
    static final String ADMINS_GROUP = "admins";

    private static final String CMD = "org.camunda.bpm.engine.impl.cmd.";

    /** Repairs of running elections: administrators only. */
    static final Set<String> ADMINS_ONLY = Set.of(
            CMD + "StartProcessInstanceAtActivitiesCmd",
            CMD + "ModifyProcessInstanceCmd",
            CMD + "ModifyProcessInstanceAsyncCmd",
            CMD + "ProcessInstanceModificationCmd",
            CMD + "ProcessInstanceModificationBatchCmd",
            CMD + "RestartProcessInstancesCmd",
            "org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd",
            "org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd",
            "org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd",
            CMD + "CorrelateMessageCmd",
            CMD + "CorrelateAllMessageCmd",
            CMD + "batch.CorrelateAllMessageBatchCmd",
            CMD + "MessageEventReceivedCmd",
            CMD + "SignalEventReceivedCmd",
            CMD + "SignalCmd",
            // a task is worked only by completing its form: no BPMN error, escalation or resolution with
            // variables, no hand-over to someone who holds no grant, no changed deadline or name
            CMD + "HandleTaskBpmnErrorCmd",
            CMD + "HandleTaskEscalationCmd",
            CMD + "ResolveTaskCmd",
            CMD + "DelegateTaskCmd",
            CMD + "SetTaskDueDateCmd",
            CMD + "SetTaskNameCmd",
            CMD + "SetTaskDescriptionCmd",
            CMD + "SetTaskPriorityCmd",
            CMD + "SetTaskOwnerCmd",
            CMD + "SaveTaskCmd",
            CMD + "CreateTaskCmd",
            CMD + "DeleteTaskCmd",
            CMD + "SetTaskVariablesCmd",
            CMD + "SetExecutionVariablesCmd",
            CMD + "PatchTaskVariablesCmd",
            CMD + "PatchExecutionVariablesCmd",
            CMD + "RemoveTaskVariablesCmd",
            CMD + "RemoveExecutionVariablesCmd",
            CMD + "batch.variables.SetVariablesToProcessInstancesBatchCmd",
            CMD + "SetJobRetriesCmd",
            CMD + "SetJobsRetriesBatchCmd",
            CMD + "SetJobDuedateCmd",
            CMD + "RecalculateJobDuedateCmd",
            CMD + "SetJobPriorityCmd",
            CMD + "SetJobDefinitionPriorityCmd",
            CMD + "ExecuteJobsCmd",
            CMD + "DeleteJobCmd",
            CMD + "DeleteJobsCmd",
            CMD + "UnlockJobCmd",
            CMD + "SuspendJobCmd",
            CMD + "ActivateJobCmd",
            CMD + "SuspendJobDefinitionCmd",
            CMD + "ActivateJobDefinitionCmd",
            CMD + "HistoryCleanupCmd",
            // a refused job execution must not count as the job's failure either (ExecuteJobHelper runs it next)
            "org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener");

    /** Refused to everyone at a door: the process models come only from the application's jar. */
    static final Set<String> NOBODY = Set.of(
            CMD + "DeployCmd",
            CMD + "DeleteDeploymentCmd",
            CMD + "RegisterDeploymentCmd");

    private final ProcessEngineConfigurationImpl engine;
    private final FormFields forms;
    private final boolean runtimeDeployments;

    /**
     * @param runtimeDeployments whether administrators may deploy at a door: only the benchmark's nodes,
     *                           which deploy the bare engine's one-task process to compare with
     */
    CommandGuard(ProcessEngineConfigurationImpl engine, FormFields forms, boolean runtimeDeployments) {
        this.engine = engine;
        this.forms = forms;
        this.runtimeDeployments = runtimeDeployments;
    }

    @Override
    public <T> T execute(Command<T> command) {
        // a step's own call inside a running command, or no door at all: the application's code
        if (Context.getCommandContext() != null || !EngineDoor.isOpen()) {
            return next.execute(command);
        }
        try {
            return guarded(command);
        } catch (ProcessEngineException e) {
            // Camunda's tenant check refuses with a plain engine exception (a 500 at the REST doors): it is
            // a refusal of the caller's request, so it is answered as one (403), naming why
            if (e.getMessage() != null && e.getMessage().startsWith(UNAUTHORIZED_TENANT)) {
                throw new AuthorizationException(e.getMessage().substring(UNAUTHORIZED_TENANT.length()).strip()
                        + " It belongs to a commission none of " + caller() + "'s seats reaches.");
            }
            throw e;
        }
    }

    private <T> T guarded(Command<T> command) {
        String name = command.getClass().getName();
        if (NOBODY.contains(name) && !(runtimeDeployments && isAdmin())) {
            throw new AuthorizationException("The process models and forms come only from the application's release;"
                    + " nothing is deployed or undeployed at run time (" + command.getClass().getSimpleName() + ").");
        }
        if (ADMINS_ONLY.contains(name) && !isAdmin()) {
            throw new AuthorizationException(caller() + " may not do this through the engine's API ("
                    + command.getClass().getSimpleName() + "): starting at a step, moving an instance, correlating messages,"
                    + " sending signals, writing variables outside a task's form and changing jobs are administrators' repairs."
                    + " Work the task with its form, or use the election API.");
        }
        if ((command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd) && !isAdmin()) {
            // an assignee is granted work on the task (defaultUserPermissionNameForTask): nobody hands that
            // grant to another person, e.g. a member of another precinct
            String assignee = command instanceof ClaimTaskCmd ? read(command, "userId") : read(command, "value");
            if (assignee != null && !assignee.equals(currentUserId())) {
                throw new AuthorizationException(caller() + " may claim a task only for themself, not for " + assignee
                        + "; the commission binds members to their work.");
            }
        }
        if (command instanceof CompleteTaskCmd) {
            keepOnly(command, "variables", checkedCompletion(read(command, "taskId"), read(command, "variables")));
        } else if (command instanceof SubmitTaskFormCmd) {
            keepOnly(command, "properties", checkedCompletion(read(command, "taskId"), read(command, "properties")));
        } else if (command instanceof SubmitStartFormCmd) {
            keepOnly(command, "variables", checkedStart(read(command, "processDefinitionId"), null, read(command, "variables")));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = read(command, "instantiationBuilder");
            Set<String> kept = checkedStart(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getVariables());
            if (kept != null) {
                start.getVariables().keySet().retainAll(kept);
            }
        }
        return next.execute(command);
    }

    /** Drops what the check did not keep (read-only fields sent back unchanged) from the command's variables. */
    private static void keepOnly(Object command, String field, Set<String> kept) {
        Map<String, Object> variables = read(command, field);
        if (kept == null || variables == null || kept.containsAll(variables.keySet())) {
            return;
        }
        try {
            variables.keySet().retainAll(kept);
        } catch (UnsupportedOperationException unmodifiable) {
            VariableMap copy = Variables.createVariables();
            VariableMap typed = Variables.fromMap(variables);
            kept.forEach(name -> copy.putValueTyped(name, typed.getValueTyped(name)));
            replace(command, field, copy);
        }
    }

    /** The names of the completion's variables to write: all but the read-only ones sent back unchanged. */
    private Set<String> checkedCompletion(String taskId, Map<String, Object> sent) {
        if (taskId == null || sent == null || sent.isEmpty()) {
            return null;
        }
        Lookup task = lookUp(context -> {
            TaskEntity entity = context.getTaskManager().findTaskById(taskId);
            if (entity == null || entity.getProcessDefinitionId() == null) {
                return null;
            }
            ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(entity.getProcessDefinitionId());
            FormFields.Step step = forms.userTask(definition.getKey(), entity.getTaskDefinitionKey())
                    .orElse(new FormFields.Step(definition.getKey(), entity.getTaskDefinitionKey(), entity.getName(),
                            FormFields.Form.NONE));
            Map<String, Object> shown = new LinkedHashMap<>();
            for (String readOnly : step.form().readOnly()) {
                if (sent.containsKey(readOnly)) {
                    shown.put(readOnly, entity.getVariable(readOnly));
                }
            }
            return new Lookup(step, shown);
        });
        // no such task (or a standalone one): the command itself answers
        return task == null ? null : checked(task, sent, "task");
    }

    private Set<String> checkedStart(String definitionId, String definitionKey, Map<String, Object> sent) {
        String key = definitionKey != null ? definitionKey : lookUp(context -> definitionId == null ? null
                : context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(definitionId).getKey());
        if (key == null || !forms.knows(key)) {
            // not a model of the application (only the benchmark deploys one): Camunda's grants decide
            return null;
        }
        FormFields.Step start = forms.startForm(key).orElse(null);
        if (start == null && !isAdmin()) {
            throw new AuthorizationException("Process " + key + " has no start form: it starts only through the"
                    + " election API or as a step of another process, not through the engine's API.");
        }
        if (start == null || sent == null || sent.isEmpty()) {
            return null;
        }
        return checked(new Lookup(start, Map.of()), sent, "start form");
    }

    private static Set<String> checked(Lookup lookup, Map<String, Object> sent, String what) {
        FormFields.Step step = lookup.step();
        List<String> refused = refusals(step.form(), sent, lookup.shown());
        if (!refused.isEmpty()) {
            throw new RefusedVariablesException("The " + what + " '" + step.elementName() + "' (" + step.elementId()
                    + " of " + step.processKey() + ") takes only the fields of its form " + step.form().id()
                    + "; refused: " + String.join(", ", refused) + ". Nothing was saved.",
                    refused.stream().map(reason -> reason.substring(0, reason.indexOf(' '))).toList());
        }
        Set<String> kept = new LinkedHashSet<>(sent.keySet());
        kept.retainAll(step.form().editable());
        return kept;
    }

    /**
     * Each variable the form does not take, with the reason: not a field of it, or a field it shows
     * read-only sent with another value than {@code shown} holds.
     */
    static List<String> refusals(FormFields.Form form, Map<String, Object> sent, Map<String, Object> shown) {
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, Object> variable : sent.entrySet()) {
            String name = variable.getKey();
            if (form.readOnly().contains(name)) {
                if (!sameValue(shown.get(name), variable.getValue())) {
                    refused.add(name + " (shown read-only on the form; it cannot be changed)");
                }
            } else if (!form.editable().contains(name)) {
                refused.add(name + " (not a field of the form)");
            }
        }
        return refused;
    }

    static boolean sameValue(Object stored, Object sent) {
        Object a = unwrap(stored);
        Object b = unwrap(sent);
        if (blank(a) || blank(b)) {
            return blank(a) && blank(b);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return a.toString().equals(b.toString());
    }

    private static Object unwrap(Object value) {
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private boolean isAdmin() {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        if (authentication == null) {
            return false;
        }
        if (engine.getAdminUsers() != null && engine.getAdminUsers().contains(authentication.getUserId())) {
            return true;
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return groups.contains(ADMINS_GROUP)
                || (engine.getAdminGroups() != null && groups.stream().anyMatch(engine.getAdminGroups()::contains));
    }

    private String currentUserId() {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private String caller() {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? "An anonymous caller" : authentication.getUserId();
    }

    /** Reads what the check needs in a command of its own, whatever the caller may read. */
    private <R> R lookUp(Command<R> lookup) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> lookup.execute(context)));
    }

    private record Lookup(FormFields.Step step, Map<String, Object> shown) {
    }

    @SuppressWarnings("unchecked")
    private static <V> V read(Object command, String field) {
        try {
            return (V) field(command.getClass(), field).get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName() + " changed: " + field, e);
        }
    }

    private static void replace(Object command, String field, Object value) {
        try {
            field(command.getClass(), field).set(command, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName() + " changed: " + field, e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name
                + " any more: the command guard must be adapted to this engine version");
    }

    /**
     * A 400 at every door naming each refused variable: Camunda's REST (and so Tasklist) answers a form
     * validation failure as a bad request and shows its message with the form.
     */
    public static final class RefusedVariablesException extends FormFieldValidationException {

        private final transient List<String> variables;

        RefusedVariablesException(String message, List<String> variables) {
            super(List.copyOf(variables), message);
            this.variables = List.copyOf(variables);
        }

        public List<String> variables() {
            return variables;
        }
    }
}
