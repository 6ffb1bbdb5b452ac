package kz.election.notification.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.commission.Commission;
import kz.election.commission.Member;
import kz.election.commission.Registers;
import kz.election.notification.MailLanguage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each staff member's own choice of task mails ({@code election.staff_notification}), read and changed only by
 * themself ({@code /api/me/notifications}). A member who never chose gets nothing.
 */
@Service
public class StaffNotifications {

    private final JdbcClient jdbc;
    private final Registers registers;
    private final IdentityService identity;

    StaffNotifications(JdbcClient jdbc, Registers registers, IdentityService identity) {
        this.jdbc = jdbc;
        this.registers = registers;
        this.identity = identity;
    }

    /** The user's settings, the defaults (all off, their commission's language) when they never chose. */
    public NotificationSettings of(String userId) {
        return jdbc.sql("SELECT task_digest, protocol_entry, language FROM election.staff_notification WHERE user_id = ?")
                .param(userId)
                .query((row, index) -> new NotificationSettings(TaskDigest.valueOf(row.getString("task_digest")),
                        row.getBoolean("protocol_entry"), row.getString("language"), mailboxOf(userId).orElse(null)))
                .optional()
                .orElseGet(() -> new NotificationSettings(TaskDigest.OFF, false, commissionLanguage(userId),
                        mailboxOf(userId).orElse(null)));
    }

    /**
     * Stores what the user chose; a missing field keeps its current value.
     *
     * @throws InvalidInputException naming {@code taskDigest} or {@code language} when not one of theirs
     */
    @Transactional
    public NotificationSettings change(String userId, String taskDigest, Boolean protocolEntry, String language) {
        NotificationSettings current = of(userId);
        List<FieldViolation> wrong = new ArrayList<>();
        TaskDigest digest = current.taskDigest();
        if (taskDigest != null) {
            try {
                digest = TaskDigest.valueOf(taskDigest);
            } catch (IllegalArgumentException unknown) {
                wrong.add(new FieldViolation("taskDigest", "must be one of OFF, IMMEDIATE, DAILY"));
            }
        }
        if (language != null && MailLanguage.fromCode(language).isEmpty()) {
            wrong.add(new FieldViolation("language", "must be one of kk, ru, en"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        String chosenLanguage = language == null ? current.language() : language;
        boolean entry = protocolEntry == null ? current.protocolEntry() : protocolEntry;
        jdbc.sql("""
                        INSERT INTO election.staff_notification (user_id, task_digest, protocol_entry, language, changed_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET task_digest = EXCLUDED.task_digest,
                            protocol_entry = EXCLUDED.protocol_entry, language = EXCLUDED.language,
                            changed_at = EXCLUDED.changed_at""")
                .params(userId, digest.name(), entry, chosenLanguage, java.sql.Timestamp.from(ElectionTime.now()))
                .update();
        return new NotificationSettings(digest, entry, chosenLanguage, current.mailbox());
    }

    /**
     * Users who asked for a mail per new task or for their protocol entry's opening and whose seats could reach
     * a task of commission {@code tenant}: a seat on it, on a commission above it or on a precinct commission
     * under it, or a precinct binding in one of its elections. Who of them can work the task the engine decides
     * afterwards; this keeps a task of one district from being weighed against every subscriber of the country.
     */
    List<Subscriber> forOpenedTasks(String tenant) {
        return jdbc.sql("""
                        WITH RECURSIVE above(code, parent_code) AS (
                            SELECT code, parent_code FROM election.commission WHERE code = :tenant
                            UNION ALL
                            SELECT c.code, c.parent_code FROM election.commission c JOIN above a ON c.code = a.parent_code)
                        SELECT s.user_id, s.task_digest, s.protocol_entry, s.language FROM election.staff_notification s
                        WHERE (s.task_digest = 'IMMEDIATE' OR s.protocol_entry)
                          AND (EXISTS (SELECT 1 FROM election.commission_member m WHERE m.user_id = s.user_id
                                       AND (m.commission_code IN (SELECT code FROM above)
                                            OR m.commission_code IN (SELECT code FROM election.commission
                                                                     WHERE parent_code = :tenant)))
                               OR EXISTS (SELECT 1 FROM election.pec_assignment a
                                          JOIN election.election e ON e.id = a.election_id
                                          WHERE a.user_id = s.user_id AND e.organizer_code = :tenant))
                        ORDER BY s.user_id""")
                .param("tenant", tenant)
                .query((row, index) -> new Subscriber(row.getString("user_id"),
                        TaskDigest.valueOf(row.getString("task_digest")), row.getBoolean("protocol_entry"),
                        row.getString("language")))
                .list();
    }

    /** Users who asked for the daily digest. */
    List<Subscriber> daily() {
        return jdbc.sql("""
                        SELECT user_id, task_digest, protocol_entry, language FROM election.staff_notification
                        WHERE task_digest = 'DAILY' ORDER BY user_id""")
                .query((row, index) -> new Subscriber(row.getString("user_id"), TaskDigest.DAILY,
                        row.getBoolean("protocol_entry"), row.getString("language")))
                .list();
    }

    /**
     * Claims the daily digest of {@code day} for the user: true for exactly one caller, on whichever node, so
     * the user gets one daily mail however many nodes run the schedule.
     */
    @Transactional
    boolean claimDay(String userId, java.time.LocalDate day, Instant at) {
        return jdbc.sql("""
                        INSERT INTO election.task_digest_day (user_id, digest_day, claimed_at) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(userId, day, java.sql.Timestamp.from(at)).update() == 1;
    }

    /** Gives the day's claim back after its mail failed, so that the next run sends it. */
    void releaseDay(String userId, java.time.LocalDate day) {
        jdbc.sql("DELETE FROM election.task_digest_day WHERE user_id = ? AND digest_day = ?").params(userId, day).update();
    }

    /** The user's e-mail address from their account; read without a caller, whose grants would hide it. */
    Optional<String> mailboxOf(String userId) {
        return account(userId).map(User::getEmail).filter(mail -> !mail.isBlank());
    }

    /** The user's name as their account gives it, else their id. */
    String nameOf(String userId) {
        return account(userId).map(user -> String.join(" ", List.of(nullToEmpty(user.getFirstName()),
                nullToEmpty(user.getLastName()))).strip()).filter(name -> !name.isEmpty()).orElse(userId);
    }

    private Optional<User> account(String userId) {
        return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult());
    }

    private String commissionLanguage(String userId) {
        return registers.seatsOf(userId).stream().map(Member::commissionCode).map(registers::commission)
                .flatMap(Optional::stream).map(Commission::language)
                .filter(language -> language != null && MailLanguage.fromCode(language).isPresent())
                .findFirst().orElse("ru");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** One who asked for mails, with what they asked for. */
    record Subscriber(String userId, TaskDigest taskDigest, boolean protocolEntry, String language) {
    }
}
