package kz.election.notification;

import java.time.Instant;

/**
 * What became of a request: the Message-ID and time of the mail, and whether this call sent it or an
 * earlier call with the same idempotency key had already done so.
 */
public record MailReceipt(String idempotencyKey, String messageId, Instant sentAt, boolean alreadySent) {
}
