package kz.election.ruleset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A key a later ruleset added. A file written before it lacks the key and reads it as null, and the
 * record's accessor gives the behaviour that file was written with, so an election running under an
 * older ruleset keeps its rules; a file that has the key is read and checked like any other.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AddedKey {
}
