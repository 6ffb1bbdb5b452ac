package kz.election.notification.digest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * New-task mails the mail server did not take, kept in {@code election.task_mail_retry} until they go out: a
 * minute after the first failure, then twice as long each time up to an hour, for as long as the task is open.
 */
@Repository
class TaskMailRetries {

    /** How long a claimed row is another node's before it may be claimed again (a node that died mid-send). */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final JdbcClient jdbc;

    TaskMailRetries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A mail due to be sent again: the task and the member it was for, and how often it has failed. */
    record Due(String taskId, String userId, int attempts) {
    }

    /** Notes a failed mail of the task to the member; a later failure of the same mail counts one attempt more. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String taskId, String userId, RuntimeException failure, Instant now) {
        jdbc.sql("""
                        INSERT INTO election.task_mail_retry (task_id, user_id, attempts, next_attempt_at, last_error)
                        VALUES (:task, :user, 1, :next, :error)
                        ON CONFLICT (task_id, user_id) DO UPDATE SET attempts = task_mail_retry.attempts + 1,
                            next_attempt_at = CAST(:now AS timestamptz)
                                + make_interval(secs => least(60 * power(2, task_mail_retry.attempts), CAST(:longest AS double precision))),
                            last_error = EXCLUDED.last_error""")
                .param("task", taskId).param("user", userId).param("error", summary(failure))
                .param("now", Timestamp.from(now)).param("next", Timestamp.from(now.plus(Duration.ofMinutes(1))))
                .param("longest", (double) LONGEST_WAIT.toSeconds())
                .update();
    }

    /**
     * Takes up to {@code limit} mails that are due; each is this caller's for {@link #LEASE}, so several nodes
     * running the schedule never send one twice at once.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    List<Due> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        UPDATE election.task_mail_retry r SET next_attempt_at = :leased
                        FROM (SELECT task_id, user_id FROM election.task_mail_retry WHERE next_attempt_at <= :now
                              ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
                        WHERE r.task_id = due.task_id AND r.user_id = due.user_id
                        RETURNING r.task_id, r.user_id, r.attempts""")
                .param("now", Timestamp.from(now)).param("leased", Timestamp.from(now.plus(LEASE))).param("limit", limit)
                .query((row, index) -> new Due(row.getString("task_id"), row.getString("user_id"), row.getInt("attempts")))
                .list();
    }

    /** The mail went out, the task closed, or the member no longer asks: nothing more to send. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void done(String taskId, String userId) {
        jdbc.sql("DELETE FROM election.task_mail_retry WHERE task_id = ? AND user_id = ?").params(taskId, userId).update();
    }

    private static String summary(RuntimeException failure) {
        String text = failure.toString();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
