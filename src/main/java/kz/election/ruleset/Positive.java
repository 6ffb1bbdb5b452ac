package kz.election.ruleset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole number of the ruleset that must be at least 1; without it a count may be 0 (a day count of 0
 * is "on the day itself", a deposit of 0 is "no deposit"). {@link RuleNode} checks it when it reads the file.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Positive {
}
