package kz.election.notification.digest;

import java.time.Instant;

/**
 * A task as it opened, copied from the engine's event so that it can be mailed after the commit.
 *
 * @param processKey the process definition key, e.g. precinctCount
 * @param tenantId   the commission the task's election belongs to
 */
record OpenedTask(String id, String processKey, String definitionKey, String tenantId, String name, Instant createdAt) {
}
