package kz.election.complaint;

import java.time.Instant;

/**
 * A file attached to a complaint (its bytes stay in the database).
 *
 * @param contentType  the type sniffed from the bytes
 * @param declaredType the type the sender's upload claimed, if any
 */
public record Attachment(long id, String fileName, String contentType, String declaredType, int sizeBytes,
                         String sha256, String uploadedBy, Instant uploadedAt) {
}
