package kz.election.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One complaint as stored, for staff: the complainant, the deadlines, the decision and any court appeal. */
public record Complaint(
        String complaintNumber,
        String electionNumber,
        ComplainantRole complainantRole,
        String complainantName,
        String complainantEmail,
        String complainantLanguage,
        ComplaintSubject subject,
        String subjectReference,
        LocalDate actDate,
        String text,
        Instant filedAt,
        String filedBy,
        ComplaintStatus status,
        Instant filingDeadline,
        Instant reviewDueAt,
        Boolean immediateReview,
        Instant escalateAt,
        Instant reviewOverdueAt,
        String decision,
        String reasons,
        Remedy remedy,
        Instant remedyAppliedAt,
        String decidedBy,
        Instant decidedAt,
        CourtAppeal courtAppeal,
        List<Attachment> attachments) {

    public Complaint {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** What the complaint's process acts on now: the court's remedy when it overturned the decision. */
    public Remedy effectiveRemedy() {
        if (courtAppeal != null && courtAppeal.ruling() == CourtRuling.OVERTURNED) {
            return courtAppeal.remedy();
        }
        return remedy;
    }
}
