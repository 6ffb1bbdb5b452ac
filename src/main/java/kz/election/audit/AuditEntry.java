package kz.election.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One human decision of an election: who, when and what, with where it is recorded. A decision kept in
 * the decision log is joined with the user task of Camunda's history that it was made in (same process
 * instance and activity); a completed user task without a decision row is listed from history alone.
 *
 * @param sources     {@code decision_log}, {@code camunda_history} or both
 * @param details     the decision's particulars as JSON (the decision log's details), or null
 * @param taskId      the completed user task in Camunda's history, or null
 * @param completedBy the task's assignee, or the user who completed it (user operation log)
 */
public record AuditEntry(
        OffsetDateTime at,
        String actor,
        String decision,
        String what,
        String businessKey,
        String processDefinitionKey,
        String processInstanceId,
        String activityId,
        String reason,
        @JsonRawValue String details,
        Long decisionId,
        String taskId,
        String taskName,
        String completedBy,
        OffsetDateTime taskCompletedAt,
        List<String> sources) {

    public AuditEntry {
        sources = List.copyOf(sources);
    }
}
