package kz.election.complaint;

import java.time.Instant;

/**
 * What the process needs after the commission decided: whether a remedy is to be applied, and until
 * when the decision can be appealed (the ruleset's filing deadline, counted from the decision).
 */
public record DecisionOutcome(boolean upheld, Instant appealDeadline) {
}
