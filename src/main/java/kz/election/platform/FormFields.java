package kz.election.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a person may send when they complete a task or submit a start form: the fields of the Camunda
 * Form the model names for it ({@code camunda:formRef}), read from the same {@code bpmn/} and
 * {@code forms/} files the engine deploys. A field the form shows read-only (the election, the precinct,
 * the protocol version) is display, never input.
 */
public final class FormFields {

    /** The variables a form takes: the ones a person fills in, and the ones it only shows. */
    public record Form(String id, Set<String> editable, Set<String> readOnly) {

        static final Form NONE = new Form("(no form)", Set.of(), Set.of());
    }

    /** The form of one user task, or of a process's start. */
    public record Step(String processKey, String elementId, String elementName, Form form) {
    }

    private final Set<String> processes = new LinkedHashSet<>();
    private final Map<String, Step> userTasks = new LinkedHashMap<>();
    private final Map<String, Step> startForms = new LinkedHashMap<>();

    private FormFields() {
    }

    /** Reads {@code classpath*:bpmn/**}{@code /*.bpmn} and {@code classpath*:forms/**}{@code /*.form}. */
    public static FormFields fromClasspath() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Map<String, Form> forms = new LinkedHashMap<>();
            ObjectMapper json = new ObjectMapper();
            for (Resource resource : resolver.getResources("classpath*:forms/**/*.form")) {
                try (InputStream in = resource.getInputStream()) {
                    Form form = form(json.readTree(in));
                    forms.put(form.id(), form);
                }
            }
            FormFields fields = new FormFields();
            for (Resource resource : resolver.getResources("classpath*:bpmn/**/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    fields.read(Bpmn.readModelFromStream(in), forms);
                }
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("The process models or forms cannot be read", e);
        }
    }

    /** The user task {@code taskDefinitionKey} of process {@code processKey}; empty when the models have none. */
    public Optional<Step> userTask(String processKey, String taskDefinitionKey) {
        return Optional.ofNullable(userTasks.get(processKey + "#" + taskDefinitionKey));
    }

    /** Whether {@code processKey} is one of the application's own models (the only ones deployed in production). */
    public boolean knows(String processKey) {
        return processes.contains(processKey);
    }

    /** The form of the process's own start (its none start event on the top level); empty when it has none. */
    public Optional<Step> startForm(String processKey) {
        return Optional.ofNullable(startForms.get(processKey));
    }

    public Iterable<Step> userTasks() {
        return userTasks.values();
    }

    public Iterable<Step> startForms() {
        return startForms.values();
    }

    private void read(BpmnModelInstance model, Map<String, Form> forms) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            String key = process.getId();
            processes.add(key);
            for (UserTask task : process.getChildElementsByType(UserTask.class)) {
                userTasks.put(key + "#" + task.getId(), new Step(key, task.getId(), task.getName(),
                        formNamed(task.getCamundaFormRef(), forms, task.getId())));
            }
            // tasks inside sub-processes and event sub-processes
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (belongsTo(task, process)) {
                    userTasks.putIfAbsent(key + "#" + task.getId(), new Step(key, task.getId(), task.getName(),
                            formNamed(task.getCamundaFormRef(), forms, task.getId())));
                }
            }
            for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
                if (start.getEventDefinitions().isEmpty() && start.getCamundaFormRef() != null) {
                    startForms.put(key, new Step(key, start.getId(), start.getName(),
                            formNamed(start.getCamundaFormRef(), forms, start.getId())));
                }
            }
        }
    }

    private static boolean belongsTo(UserTask task, Process process) {
        for (var parent = task.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof Process owner) {
                return owner.getId().equals(process.getId());
            }
        }
        return false;
    }

    private static Form formNamed(String formRef, Map<String, Form> forms, String elementId) {
        if (formRef == null) {
            return Form.NONE;
        }
        Form form = forms.get(formRef);
        if (form == null) {
            throw new IllegalStateException(elementId + " names the form " + formRef + ", which forms/ does not hold");
        }
        return form;
    }

    static Form form(JsonNode schema) {
        Set<String> editable = new LinkedHashSet<>();
        Set<String> readOnly = new LinkedHashSet<>();
        collect(schema, null, editable, readOnly);
        readOnly.removeAll(editable);
        return new Form(schema.path("id").asText(), Set.copyOf(editable), Set.copyOf(readOnly));
    }

    private static void collect(JsonNode container, String groupPath, Set<String> editable, Set<String> readOnly) {
        for (JsonNode component : container.path("components")) {
            String path = component.hasNonNull("path") ? component.get("path").asText() : null;
            String nestedIn = groupPath != null ? groupPath : path;
            if (component.hasNonNull("key")) {
                // a field inside a group with a path lands under the group's variable, not under its own key
                String variable = firstSegment(nestedIn != null ? nestedIn : component.get("key").asText());
                boolean shownOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
                (shownOnly ? readOnly : editable).add(variable);
            }
            collect(component, nestedIn, editable, readOnly);
        }
    }

    private static String firstSegment(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }
}
