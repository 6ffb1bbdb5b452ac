package kz.election.notification;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mails sent, one row per idempotency key. */
@Repository
public class MailLog {

    private static final RowMapper<MailLogEntry> ROW = (rs, row) -> new MailLogEntry(
            rs.getLong("id"),
            rs.getTimestamp("sent_at").toInstant(),
            rs.getString("recipient"),
            rs.getString("template"),
            rs.getString("language"),
            rs.getString("subject"),
            rs.getString("business_key"),
            rs.getString("idempotency_key"),
            rs.getString("message_id"));

    private final JdbcClient jdbc;

    public MailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this transaction. False when a committed row holds it already; a transaction
     * sending the same key at the same moment waits on the unique index until this one ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(MailLogEntry entry) {
        return jdbc.sql("""
                        INSERT INTO election.mail_log
                          (sent_at, recipient, template, language, subject, business_key, idempotency_key, message_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .params(Timestamp.from(entry.sentAt()), entry.recipient(), entry.template(), entry.language(),
                        entry.subject(), entry.businessKey(), entry.idempotencyKey(), entry.messageId())
                .update() == 1;
    }

    public Optional<MailLogEntry> byIdempotencyKey(String idempotencyKey) {
        return jdbc.sql("SELECT * FROM election.mail_log WHERE idempotency_key = ?")
                .param(idempotencyKey).query(ROW).optional();
    }

    public List<MailLogEntry> forBusinessKey(String businessKey) {
        return jdbc.sql("SELECT * FROM election.mail_log WHERE business_key = ? ORDER BY sent_at, id")
                .param(businessKey).query(ROW).list();
    }
}
