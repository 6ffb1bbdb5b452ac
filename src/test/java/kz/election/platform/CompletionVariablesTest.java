package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import kz.election.model.PrecinctCountModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated from bpmn/ and forms/: every user task and every start form is tried with every variable
 * name the processes know (each form's fields, each name an expression or mapping of a model uses, and
 * the identities the steps work on). Each must be refused unless it is a field the person fills in on
 * that very form; a read-only field passes only unchanged. The doors themselves are tried in
 * reliability/CommandGuardTest.
 */
class CompletionVariablesTest {

    private static final FormFields FORMS = FormFields.fromClasspath();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern MAPPING = Pattern.compile("camunda:(?:inputParameter|outputParameter|in|out) [^>]*?(?:name|source|target|variables)=\"([A-Za-z_][A-Za-z0-9_]*)\"");

    /** The identities every step derives from the business key and the database, never from a completer. */
    private static final Set<String> IDENTITIES = Set.of("electionNumber", "precinctNumber", "protocolId",
            "protocolVersion", "nominationReference", "complaintNumber", "motionNumber", "appealNumber",
            "registrationNumber", "earlyElectionNumber", "previousElectionNumber", "idempotencyKey", "recordedBy",
            "submittedBy", "acceptedBy", "decidedBy", "revisionCause", "repeatVoting", "registered", "upheld",
            "overturned", "carried", "dismissed", "admissible");

    @Test
    void theModelsNameAFormForEveryTaskAPersonWorks() {
        assertThat(FORMS.userTasks()).hasSizeGreaterThan(20);
        for (FormFields.Step task : FORMS.userTasks()) {
            assertThat(task.form()).as(task.processKey() + "#" + task.elementId()).isNotEqualTo(FormFields.Form.NONE);
        }
        assertThat(FORMS.startForm("election")).isPresent();
        assertThat(FORMS.startForm("candidateRegistration")).isPresent();
        assertThat(FORMS.startForm("precinctCount")).as("a count starts only from its election").isEmpty();
        assertThat(FORMS.knows("precinctCount")).isTrue();
        assertThat(FORMS.knows("benchBareTask")).as("a model deployed at run time (the benchmark's only)").isFalse();
        // the protocol form shows the precinct but does not take it
        FormFields.Form entry = FORMS.userTask(PrecinctCountModel.PROCESS, PrecinctCountModel.Elements.ENTER_PROTOCOL).orElseThrow().form();
        assertThat(entry.readOnly()).contains("electionNumber", "precinctNumber", "protocolVersion");
        assertThat(entry.editable()).contains("ballotsFound", "candidate1Votes").doesNotContain("precinctNumber");
    }

    @TestFactory
    Stream<DynamicTest> everyTaskRefusesEveryVariableItsFormDoesNotTake() throws IOException {
        Set<String> known = knownVariables();
        Stream<FormFields.Step> steps = Stream.concat(
                java.util.stream.StreamSupport.stream(FORMS.userTasks().spliterator(), false),
                java.util.stream.StreamSupport.stream(FORMS.startForms().spliterator(), false));
        return steps.map(step -> DynamicTest.dynamicTest(step.processKey() + " " + step.elementId(), () -> {
            FormFields.Form form = step.form();
            for (String name : known) {
                Map<String, Object> shown = Map.of(name, "stored value");
                if (form.editable().contains(name)) {
                    assertThat(CommandGuard.refusals(form, Map.of(name, "anything"), shown)).as(name).isEmpty();
                } else if (form.readOnly().contains(name)) {
                    assertThat(CommandGuard.refusals(form, Map.of(name, "stored value"), shown)).as(name + " unchanged").isEmpty();
                    assertThat(CommandGuard.refusals(form, Map.of(name, "another value"), shown)).as(name + " changed")
                            .singleElement().asString().startsWith(name + " (shown read-only");
                } else {
                    assertThat(CommandGuard.refusals(form, Map.of(name, 2), shown)).as(name)
                            .singleElement().asString().startsWith(name + " (not a field");
                }
            }
            // and all the foreign ones at once are each named
            Map<String, Object> all = new LinkedHashMap<>();
            known.stream().filter(name -> !form.editable().contains(name) && !form.readOnly().contains(name))
                    .forEach(name -> all.put(name, 1));
            assertThat(CommandGuard.refusals(form, all, Map.of())).hasSize(all.size());
        }));
    }

    @Test
    void everyCommandTheGuardNamesExistsInThisEngine() {
        // the guard matches commands by class name: a name an engine upgrade drops would guard nothing
        for (String name : Stream.concat(CommandGuard.ADMINS_ONLY.stream(), CommandGuard.NOBODY.stream()).toList()) {
            assertThat(name).as(name).satisfies(command -> Class.forName(command));
        }
    }

    @Test
    void readOnlyFieldsCompareAsAPersonReadsThem() {
        assertThat(CommandGuard.sameValue(1, 1L)).isTrue();
        assertThat(CommandGuard.sameValue(1, 1.0)).isTrue();
        assertThat(CommandGuard.sameValue(1, 2)).isFalse();
        assertThat(CommandGuard.sameValue(null, "")).isTrue();
        assertThat(CommandGuard.sameValue(null, "1")).isFalse();
        assertThat(CommandGuard.sameValue("2026-RUR-0001", "2026-RUR-0002")).isFalse();
    }

    /** Every variable name the processes know: forms' fields, names in the models' expressions and mappings, identities. */
    static Set<String> knownVariables() throws IOException {
        Set<String> names = new TreeSet<>(IDENTITIES);
        for (FormFields.Step step : FORMS.userTasks()) {
            names.addAll(step.form().editable());
            names.addAll(step.form().readOnly());
        }
        for (FormFields.Step step : FORMS.startForms()) {
            names.addAll(step.form().editable());
        }
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.toList()) {
                String xml = Files.readString(model);
                Matcher expression = EXPRESSION.matcher(xml);
                while (expression.find()) {
                    Matcher identifier = IDENTIFIER.matcher(expression.group(1).replaceAll("'[^']*'", ""));
                    while (identifier.find()) {
                        names.add(identifier.group());
                    }
                }
                Matcher mapping = MAPPING.matcher(xml);
                while (mapping.find()) {
                    names.add(mapping.group(1));
                }
            }
        }
        // keywords of the expression language, not variables
        names.removeAll(Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge",
                "execution", "task", "size", "contains", "equals", "isEmpty", "length"));
        return names;
    }
}
