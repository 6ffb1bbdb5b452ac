package kz.election.notification;

import java.time.Instant;

/** One row of {@code election.mail_log}: a mail the SMTP server accepted. */
public record MailLogEntry(
        long id,
        Instant sentAt,
        String recipient,
        String template,
        String language,
        String subject,
        String businessKey,
        String idempotencyKey,
        String messageId) {
}
