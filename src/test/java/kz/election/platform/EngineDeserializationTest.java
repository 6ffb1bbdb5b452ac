package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.election.ElectionTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine reads an object variable back only as a type it allows, so a variable
 * sent (e.g. over /engine-rest) with any class as its type cannot make the engine instantiate it.
 */
@ElectionTest
class EngineDeserializationTest {

    @Autowired
    TaskService tasks;

    @Test
    void anObjectVariableOfATypeOutsideTheAllowListIsNotDeserialized() {
        Task task = tasks.newTask();
        task.setName("deserialization check");
        tasks.saveTask(task);
        try {
            tasks.setVariable(task.getId(), "allowed", Variables.objectValue(new ArrayList<>(List.of("a", "b")))
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
            tasks.setVariable(task.getId(), "gadget", Variables.serializedObjectValue("\"https://example.org\"")
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                    .objectTypeName("java.net.URL").create());

            assertThat(tasks.getVariable(task.getId(), "allowed")).isEqualTo(List.of("a", "b"));
            assertThatThrownBy(() -> tasks.getVariable(task.getId(), "gadget"))
                    .hasStackTraceContaining("java.net.URL");
            assertThatThrownBy(() -> tasks.getVariable(task.getId(), "gadget"))
                    .hasStackTraceContaining("not whitelisted");
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }
}
