package kz.election.complaint;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What a complaint may carry: configuration, not law (application.yaml, election.complaints.attachments).
 *
 * @param maxSize      the largest file accepted
 * @param maxFiles     how many files one complaint may carry
 * @param allowedTypes the content types accepted, as sniffed from the bytes (e.g. application/pdf)
 */
@ConfigurationProperties("election.complaints.attachments")
public record AttachmentLimits(DataSize maxSize, int maxFiles, List<String> allowedTypes) {

    public AttachmentLimits {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        maxFiles = maxFiles <= 0 ? 20 : maxFiles;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                ? List.of("application/pdf", "image/jpeg", "image/png") : List.copyOf(allowedTypes);
    }
}
