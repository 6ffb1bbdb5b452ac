package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ComplaintModel;
import kz.election.model.ElectionModel;
import kz.election.model.NoConfidenceModel;
import kz.election.model.PrecinctCountModel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.junit.jupiter.api.Test;

/**
 * The constants generated from bpmn/ at build time (kz.election.model, src/build/java/ModelNames.java) are
 * the models' names: every element, lane and message of every model has its constant.
 */
class ModelNamesTest {

    private static final Map<String, Class<?>> MODELS = Map.of(
            "election.bpmn", ElectionModel.class,
            "candidate-registration.bpmn", CandidateRegistrationModel.class,
            "precinct-count.bpmn", PrecinctCountModel.class,
            "complaint.bpmn", ComplaintModel.class,
            "no-confidence.bpmn", NoConfidenceModel.class);


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
