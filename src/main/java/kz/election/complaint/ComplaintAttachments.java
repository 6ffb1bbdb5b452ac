package kz.election.complaint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.common.TextRules;
import org.apache.tika.Tika;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a complaint, kept in the database. The type is sniffed from the bytes with Apache
 * Tika (magic numbers), so a file's name or the upload's Content-Type cannot smuggle in a type the
 * configuration does not allow; size and count are limited by {@link AttachmentLimits}.
 */
@Service
@Transactional
@EnableConfigurationProperties(AttachmentLimits.class)
public class ComplaintAttachments {

    /** A stored file with its bytes, for download. */
    public record Content(Attachment attachment, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final ComplaintService complaints;
    private final AttachmentLimits limits;
    private final Tika tika = new Tika();

    public ComplaintAttachments(JdbcClient jdbc, ComplaintService complaints, AttachmentLimits limits) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.limits = limits;
    }

    /**
     * @throws InvalidInputException naming {@code file} (empty, too large, a type not allowed) or {@code fileName}
     * @throws ConflictException     when the complaint already carries the most files allowed, or is closed
     */
    public Attachment attach(String complaintNumber, String fileName, String declaredType, byte[] bytes, String by) {
        Complaint complaint = complaints.byNumber(complaintNumber);
        if (complaint.status() == ComplaintStatus.INADMISSIBLE || complaint.status() == ComplaintStatus.COURT_RULED) {
            throw new ConflictException("complaint " + complaintNumber + " is " + complaint.status()
                    + ": nothing more can be attached");
        }
        if (complaint.attachments().size() >= limits.maxFiles()) {
            throw new ConflictException("complaint " + complaintNumber + " already carries " + limits.maxFiles()
                    + " files, the most allowed");
        }
        List<FieldViolation> v = new ArrayList<>();
        String name = fileName == null ? null : fileName.replace('\\', '/');
        name = name == null ? null : name.substring(name.lastIndexOf('/') + 1);
        TextRules.problemWithLine(name, 255).ifPresent(p -> v.add(new FieldViolation("fileName", p)));
        String detected = null;
        if (bytes == null || bytes.length == 0) {
            v.add(new FieldViolation("file", "is empty: attach a file with content"));
        } else if (bytes.length > limits.maxSize().toBytes()) {
            v.add(new FieldViolation("file", "has " + bytes.length + " bytes; at most " + limits.maxSize().toBytes()
                    + " (" + limits.maxSize().toMegabytes() + " MB) are accepted"));
        } else {
            // the bytes decide; the name only refines a type the bytes already show (a zip as .docx)
            detected = tika.detect(bytes, name);
            if (!limits.allowedTypes().contains(detected)) {
                v.add(new FieldViolation("file", "its content is " + detected
                        + (declaredType == null || declaredType.isBlank() ? "" : " (sent as " + declaredType + ")")
                        + "; accepted are " + String.join(", ", limits.allowedTypes())));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        long id = jdbc.sql("""
                        INSERT INTO election.complaint_attachment
                          (complaint_id, file_name, content_type, declared_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                        SELECT id, ?, ?, ?, ?, ?, ?, ?, ? FROM election.complaint WHERE complaint_number = ?
                        RETURNING id""")
                .params(name.strip(), detected, declaredType == null || declaredType.isBlank() ? null : declaredType.strip(),
                        bytes.length, sha256(bytes), bytes, by, Timestamp.from(ElectionTime.now()),
                        complaintNumber)
                .query(Long.class).single();
        return complaints.byNumber(complaintNumber).attachments().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public Content content(String complaintNumber, long attachmentId) {
        Attachment attachment = complaints.byNumber(complaintNumber).attachments().stream()
                .filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Attachment", complaintNumber + "/" + attachmentId));
        byte[] bytes = jdbc.sql("SELECT content FROM election.complaint_attachment WHERE id = ?").param(attachmentId)
                .query(byte[].class).single();
        return new Content(attachment, bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
