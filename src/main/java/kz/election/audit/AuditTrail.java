package kz.election.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.election.common.NotFoundException;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every human decision of one election, from Camunda's history (completed user tasks, who completed
 * them, when) and the domain's decision log (what was decided and why), joined into one list.
 *
 * <p>Generic over the decision log: a decision belongs to the election when its business key is the
 * election number or starts with it ({@code 2026-RUR-0042-N01}, {@code 2026-RUR-0042/P3},
 * {@code 2026-RUR-0042-C001}), when it was made in a process instance of the election (every process is
 * started with the variable {@code electionNumber}, PROCESS-CONTRACTS.md), or when its details carry
 * {@code "electionNumber"}. New decisions of new processes appear here without a change.
 */
@Service
public class AuditTrail {

    static final String DECISION_LOG = "decision_log";
    static final String HISTORY = "camunda_history";
    /** A decision row and its task are written in one transaction; their clocks differ by milliseconds. */
    private static final Duration SAME_STEP = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final HistoryService history;
    private final EngineUsers users;

    public AuditTrail(JdbcClient jdbc, HistoryService history, EngineUsers users) {
        this.jdbc = jdbc;
        this.history = history;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> forElection(String electionNumber) {
        if (jdbc.sql("SELECT count(*) FROM election.election WHERE election_number = ?").param(electionNumber)
                .query(Long.class).single() == 0) {
            throw new NotFoundException("Election", electionNumber);
        }
        Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
        List<HistoricTaskInstance> tasks = new ArrayList<>();
        Map<String, String> completedBy = new HashMap<>();
        // the caller's role was checked at the door (supervisors, admins); the trail must be complete
        // whatever grants the engine holds for that user on each process
        users.withoutAuthorization(() -> {
            processInstancesOf(electionNumber).forEach(p -> instances.put(p.getId(), p));
            for (String id : instances.keySet()) {
                tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(id).finished().list().stream()
                        .filter(t -> "completed".equals(t.getDeleteReason())).toList());
                history.createUserOperationLogQuery().processInstanceId(id)
                        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                        .filter(e -> e.getTaskId() != null && e.getUserId() != null)
                        .forEach(e -> completedBy.putIfAbsent(e.getTaskId(), e.getUserId()));
            }
        });

        List<AuditEntry> entries = new ArrayList<>();
        ZoneId zone = ProtocolChain.zoneOf(jdbc, "election_number", electionNumber);
        List<HistoricTaskInstance> unmatched = new ArrayList<>(tasks);
        for (Decision decision : decisionsOf(electionNumber, instances.keySet())) {
            Optional<HistoricTaskInstance> task = taskOf(decision, unmatched);
            task.ifPresent(unmatched::remove);
            HistoricProcessInstance instance = instances.get(decision.processInstanceId());
            List<String> sources = task.isPresent() ? List.of(DECISION_LOG, HISTORY) : List.of(DECISION_LOG);
            entries.add(new AuditEntry(decision.decidedAt().atZoneSameInstant(zone).toOffsetDateTime(),
                    decision.actor(), decision.decision(),
                    task.map(HistoricTaskInstance::getName).orElse(decision.decision()),
                    decision.businessKey(), instance == null ? null : instance.getProcessDefinitionKey(),
                    decision.processInstanceId(), decision.activityId(), decision.reason(), decision.details(),
                    decision.id(), task.map(HistoricTaskInstance::getId).orElse(null),
                    task.map(HistoricTaskInstance::getName).orElse(null),
                    task.map(t -> who(t, completedBy)).orElse(null),
                    task.map(t -> local(t.getEndTime(), zone)).orElse(null), sources));
        }
        for (HistoricTaskInstance task : unmatched) {
            HistoricProcessInstance instance = instances.get(task.getProcessInstanceId());
            String who = who(task, completedBy);
            entries.add(new AuditEntry(local(task.getEndTime(), zone), who, "TASK_COMPLETED", task.getName(),
                    instance == null ? null : instance.getBusinessKey(), task.getProcessDefinitionKey(),
                    task.getProcessInstanceId(), task.getTaskDefinitionKey(), null, null, null, task.getId(),
                    task.getName(), who, local(task.getEndTime(), zone), List.of(HISTORY)));
        }
        entries.sort(Comparator.comparing(AuditEntry::at)
                .thenComparing(e -> e.decisionId() == null ? Long.MAX_VALUE : e.decisionId()));
        return entries;
    }

    private List<HistoricProcessInstance> processInstancesOf(String electionNumber) {
        Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(electionNumber).list()
                .forEach(p -> found.put(p.getId(), p));
        for (String like : List.of(electionNumber + "-%", electionNumber + "/%")) {
            history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(like).list()
                    .forEach(p -> found.put(p.getId(), p));
        }
        List<String> byVariable = history.createHistoricVariableInstanceQuery()
                .variableValueEquals("electionNumber", electionNumber).list().stream()
                .map(HistoricVariableInstance::getProcessInstanceId)
                .filter(id -> id != null && !found.containsKey(id)).distinct().toList();
        if (!byVariable.isEmpty()) {
            history.createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(byVariable)).list()
                    .forEach(p -> found.put(p.getId(), p));
        }
        return new ArrayList<>(found.values());
    }

    private List<Decision> decisionsOf(String electionNumber, java.util.Collection<String> processInstanceIds) {
        return jdbc.sql("""
                        SELECT * FROM election.decision_log
                        WHERE business_key = :number
                           OR business_key LIKE :number || '-%' OR business_key LIKE :number || '/%'
                           OR process_instance_id IN (:instances)
                           OR details ->> 'electionNumber' = :number
                        ORDER BY decided_at, id""")
                .param("number", electionNumber)
                // an empty IN () is not SQL: no process instance has the empty id
                .param("instances", processInstanceIds.isEmpty() ? List.of("") : List.copyOf(processInstanceIds))
                .query((rs, n) -> new Decision(rs.getLong("id"),
                        rs.getTimestamp("decided_at").toInstant().atOffset(ZoneOffset.UTC), rs.getString("actor"),
                        rs.getString("business_key"), rs.getString("process_instance_id"),
                        rs.getString("activity_id"), rs.getString("decision"), rs.getString("reason"),
                        rs.getString("details")))
                .list();
    }

    /** The user task the decision was made in: same process instance and activity, closest in time. */
    private static Optional<HistoricTaskInstance> taskOf(Decision decision, List<HistoricTaskInstance> tasks) {
        if (decision.processInstanceId() == null) {
            return Optional.empty();
        }
        return tasks.stream()
                .filter(t -> decision.processInstanceId().equals(t.getProcessInstanceId()))
                .filter(t -> decision.activityId() == null || decision.activityId().equals(t.getTaskDefinitionKey()))
                .filter(t -> distance(decision, t).compareTo(SAME_STEP) <= 0)
                .min(Comparator.comparing(t -> distance(decision, t)));
    }

    private static Duration distance(Decision decision, HistoricTaskInstance task) {
        return Duration.between(decision.decidedAt().toInstant(), task.getEndTime().toInstant()).abs();
    }

    private static String who(HistoricTaskInstance task, Map<String, String> completedBy) {
        return task.getAssignee() != null ? task.getAssignee() : completedBy.get(task.getId());
    }

    private static OffsetDateTime local(Date date, ZoneId zone) {
        return date == null ? null : new Timestamp(date.getTime()).toInstant().atZone(zone).toOffsetDateTime();
    }
}
