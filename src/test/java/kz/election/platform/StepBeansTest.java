package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The other half of the one rule for a step (ProcessModelConventionsTest checks the models): every step
 * of a process under the rule is a bean named after its element, of a class named after it (element
 * {@code recordNomination}, class {@code RecordNomination}), a JavaDelegate for a service task and a
 * TaskListener for a user task's completion.
 */
@ElectionTest
class StepBeansTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyStepIsABeanOfAClassNamedAfterItsElement() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : ProcessModelConventionsTest.stepRuleModels()) {
            for (Map.Entry<String, Class<?>> step : ProcessModelConventionsTest.stepsOf(file).entrySet()) {
                String id = step.getKey();
                if (!context.containsBean(id)) {
                    problems.add(file + ": no bean " + id);
                    continue;
                }
                Object bean = context.getBean(id);
                String expected = Character.toUpperCase(id.charAt(0)) + id.substring(1);
                String actual = AopUtils.getTargetClass(bean).getSimpleName();
                if (!expected.equals(actual) || !step.getValue().isInstance(bean)) {
                    problems.add(file + ": the bean " + id + " is a " + actual + ", not a " + expected + " ("
                            + step.getValue().getSimpleName() + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
