package kz.election.candidate;

import java.time.Instant;
import java.util.List;

/**
 * What the process needs to know after the automatic checks: small values for its gateways and timers.
 *
 * @param decisionDueAt  filed + the ruleset's decision days, never after registration closes
 * @param escalateAt     the ruleset's escalation hours before {@code decisionDueAt}
 * @param ballotClosesAt when the candidacy's process may end: the winner's registration deadline
 * @param refusalGrounds the grounds of the election's ruleset the reviewer may refuse on
 */
public record CheckOutcome(boolean filedInTime, boolean selfNominated, Instant decisionDueAt,
                           Instant escalateAt, Instant ballotClosesAt, String checklistSummary,
                           List<RefusalGround> refusalGrounds) {
}
