package kz.election.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kz.election.common.ElectionTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every human decision in the domain table beside Camunda's history. It joins the caller's
 * transaction (the engine's, inside a delegate), so a step that fails leaves no decision behind.
 */
@Service
public class DecisionLog {

    private static final RowMapper<Decision> ROW = (rs, row) -> new Decision(
            rs.getLong("id"),
            rs.getTimestamp("decided_at").toInstant().atOffset(ZoneOffset.UTC),
            rs.getString("actor"),
            rs.getString("business_key"),
            rs.getString("process_instance_id"),
            rs.getString("activity_id"),
            rs.getString("decision"),
            rs.getString("reason"),
            rs.getString("details"));

    private final JdbcClient jdbc;

    public DecisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long record(DecisionEntry entry) {
        // engine time, so that decisions line up with history when a test or a repair moves the clock
        Instant now = ElectionTime.now();
        return jdbc.sql("""
                        INSERT INTO election.decision_log
                          (decided_at, actor, business_key, process_instance_id, activity_id, decision, reason, details)
                        VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                        RETURNING id""")
                .params(Timestamp.from(now), entry.actor(), entry.businessKey(), entry.processInstanceId(),
                        entry.activityId(), entry.decision(), entry.reason(), entry.detailsJson())
                .query(Long.class)
                .single();
    }

    public List<Decision> forBusinessKey(String businessKey) {
        return jdbc.sql("SELECT * FROM election.decision_log WHERE business_key = ? ORDER BY decided_at, id")
                .param(businessKey)
                .query(ROW)
                .list();
    }

    public Optional<Decision> byId(long id) {
        return jdbc.sql("SELECT * FROM election.decision_log WHERE id = ?").param(id).query(ROW).optional();
    }
}
