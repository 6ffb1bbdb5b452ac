package kz.election;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stories of this class together pass every flow node and sequence flow of the named processes
 * (process ids, as in bpmn/): after the last story the class fails naming each element no instance
 * started during the class went through. The rule is about the whole class, so it is checked only when
 * every test method of the class was run: one story run alone
 * ({@code mvn test -Dtest=ElectionProcessTest#oneStory}) passes or fails on its own assertions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FullProcessCoverageExtension.class)
public @interface FullProcessCoverage {

    /** The ids of the processes the class's stories cover completely. */
    String[] value();
}
