package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.election.election.ElectoralCalendar;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ComplaintModel;
import kz.election.model.ElectionModel;
import kz.election.model.NoConfidenceModel;
import kz.election.model.PrecinctCountModel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.junit.jupiter.api.Test;

/**
 * The constants generated from bpmn/ at build time (kz.election.model, src/build/java/ModelNames.java) are
 * the models' names, and the code names the models' elements and messages through them only: a string
 * literal that spells an element id or a message name is one a renamed element would silently break.
 */
class ModelNamesTest {

    private static final Map<String, Class<?>> MODELS = Map.of(
            "election.bpmn", ElectionModel.class,
            "candidate-registration.bpmn", CandidateRegistrationModel.class,
            "precinct-count.bpmn", PrecinctCountModel.class,
            "complaint.bpmn", ComplaintModel.class,
            "no-confidence.bpmn", NoConfidenceModel.class,
            "campaign-finance.bpmn", kz.election.model.CampaignFinanceModel.class);

    /** A name of two words or more in camelCase: a one-word id ("refused") is also an ordinary word. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)\"");

    @Test
    void everyElementAndMessageOfEveryModelHasItsConstant() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bpmn")))
                    .as("every model in bpmn/ has its generated class")
                    .containsExactlyInAnyOrderElementsOf(MODELS.keySet());
        }
        for (Map.Entry<String, Class<?>> model : MODELS.entrySet()) {
            BpmnModelInstance instance = read(model.getKey());
            Process process = instance.getModelElementsByType(Process.class).iterator().next();
            assertThat(model.getValue().getField("PROCESS").get(null)).isEqualTo(process.getId());
            Set<String> ids = new TreeSet<>();
            instance.getModelElementsByType(FlowElement.class).forEach(e -> ids.add(e.getId()));
            instance.getModelElementsByType(Lane.class).forEach(e -> ids.add(e.getId()));
            instance.getModelElementsByType(LaneSet.class).forEach(e -> ids.add(e.getId()));
            assertThat(values(nested(model.getValue(), "Elements"))).as(model.getKey()).containsAll(ids);
            Set<String> messages = new TreeSet<>();
            instance.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
            assertThat(values(nested(model.getValue(), "Messages"))).as(model.getKey()).isEqualTo(messages);
        }
    }

    @Test
    void codeAndTestsNameElementsAndMessagesThroughTheConstants() throws Exception {
        Map<String, String> names = new TreeMap<>();
        for (Map.Entry<String, Class<?>> model : MODELS.entrySet()) {
            BpmnModelInstance instance = read(model.getKey());
            for (BaseElement element : instance.getModelElementsByType(FlowElement.class)) {
                names.put(element.getId(), model.getKey());
            }
            for (Message message : instance.getModelElementsByType(Message.class)) {
                names.put(message.getName(), model.getKey());
            }
        }
        // a gateway may share its name with the variable it tests, and a timer with the calendar deadline it
        // waits for: a literal of such a name may mean the variable or the deadline, not the element
        for (Map.Entry<String, Class<?>> model : MODELS.entrySet()) {
            values(nested(model.getValue(), "Variables")).forEach(names::remove);
        }
        for (Field deadline : ElectoralCalendar.class.getFields()) {
            if (Modifier.isStatic(deadline.getModifiers()) && deadline.getType() == String.class) {
                names.remove((String) deadline.get(null));
            }
        }
        List<String> spelled = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("bench/src/main/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    spelled.addAll(literals(file, names));
                }
            }
        }
        assertThat(spelled).as("string literals that spell an element id or a message name of a model; "
                + "use the constant of kz.election.model instead").isEmpty();
    }

    private static List<String> literals(Path file, Map<String, String> names) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                continue;
            }
            Matcher literal = STRING_LITERAL.matcher(line);
            while (literal.find()) {
                if (names.containsKey(literal.group(1))) {
                    found.add(file + ":" + (i + 1) + " \"" + literal.group(1) + "\" (" + names.get(literal.group(1)) + ")");
                }
            }
        }
        return found;
    }

    private static BpmnModelInstance read(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("bpmn", file))) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static Class<?> nested(Class<?> model, String name) {
        for (Class<?> nested : model.getClasses()) {
            if (nested.getSimpleName().equals(name)) {
                return nested;
            }
        }
        throw new AssertionError(model.getSimpleName() + " has no nested class " + name);
    }

    private static Set<String> values(Class<?> constants) throws IllegalAccessException {
        Set<String> values = new TreeSet<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
