package kz.election.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.candidate.Nomination;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.notification.CommissionMailboxes;
import kz.election.notification.MailRequest;
import org.springframework.stereotype.Component;

/**
 * The mails of a complaint's way, built from the stored complaint: to the complainant in their
 * language, to every candidate the decision concerns in theirs (from the nomination), and warnings
 * to the territorial commission's mailbox.
 */
@Component
public class ComplaintMails {

    static final String COMPLAINANT = "COMPLAINANT";
    static final String AFFECTED = "AFFECTED";

    private final ComplaintService complaints;
    private final ElectionService elections;
    private final CommissionMailboxes mailboxes;

    public ComplaintMails(ComplaintService complaints, ElectionService elections, CommissionMailboxes mailboxes) {
        this.complaints = complaints;
        this.elections = elections;
        this.mailboxes = mailboxes;
    }

    public MailRequest received(String number) {
        Complaint c = complaints.byNumber(number);
        Map<String, Object> model = base(c);
        model.put("receivedAt", local(c, c.filedAt()));
        model.put("reviewDeadline", local(c, c.reviewDueAt()));
        return toComplainant(c, "complaint-received", model);
    }

    public MailRequest inadmissible(String number) {
        Complaint c = complaints.byNumber(number);
        Map<String, Object> model = base(c);
        model.put("filedAt", local(c, c.filedAt()));
        model.put("filingDeadline", local(c, c.filingDeadline()));
        // the officer's reasons for not admitting the late complaint
        if (c.reasons() != null) {
            model.put("reasons", c.reasons());
        }
        return toComplainant(c, "complaint-inadmissible", model);
    }

    /** The commission's decision: to the complainant, and to each candidate it concerns. */
    public List<MailRequest> decided(String number) {
        Complaint c = complaints.byNumber(number);
        Map<String, Object> model = base(c);
        model.put("decidedOn", LocalDate.ofInstant(c.decidedAt(), complaints.zone(c)));
        model.put("decision", c.decision());
        model.put("reasons", c.reasons());
        model.put("appealDeadline", local(c, complaints.appealDeadline(c)));
        remedy(model, c.remedy());
        return toEveryone(c, "complaint-decided", model);
    }

    /** The court's ruling: to the complainant, and to each candidate it concerns. */
    public List<MailRequest> courtRuling(String number) {
        Complaint c = complaints.byNumber(number);
        CourtAppeal appeal = c.courtAppeal();
        Map<String, Object> model = base(c);
        model.put("courtName", appeal.courtName());
        model.put("caseNumber", appeal.caseNumber());
        model.put("ruledOn", appeal.ruledOn());
        model.put("summary", appeal.rulingSummary());
        model.put("ruling", appeal.ruling().name());
        remedy(model, appeal.remedy());
        return toEveryone(c, "court-ruling-recorded", model);
    }

    /** The commission is warned that the review of this complaint is nearly due. */
    public MailRequest escalation(String number, String taskId, String taskName) {
        Complaint c = complaints.byNumber(number);
        Election e = elections.byNumber(c.electionNumber());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("electionName", e.post() + " (" + e.number() + ")");
        model.put("deadlineName", "Review of complaint " + number
                + (Boolean.TRUE.equals(c.immediateReview()) ? " (same day: filed in the last days before the election)" : ""));
        model.put("dueAt", e.local(c.reviewDueAt()));
        model.put("taskName", taskName);
        model.put("taskId", taskId);
        // the reviewing commission's mailbox: the commission above the one whose act is challenged
        CommissionMailboxes.Mailbox reviewer = mailboxes.of(complaints.reviewerCode(number).orElse(e.organizerCode()));
        return new MailRequest(reviewer.address(), reviewer.name(), reviewer.language(), "deadline-escalation",
                model, number, null);
    }

    private List<MailRequest> toEveryone(Complaint c, String template, Map<String, Object> model) {
        List<MailRequest> mails = new ArrayList<>();
        Map<String, Object> complainant = new LinkedHashMap<>(model);
        complainant.put("audience", COMPLAINANT);
        mails.add(toComplainant(c, template, complainant));
        for (Nomination n : complaints.affectedCandidates(c.complaintNumber())) {
            Map<String, Object> candidate = new LinkedHashMap<>(model);
            candidate.put("audience", AFFECTED);
            // the discriminator keeps the candidate's mail apart from the complainant's when one address serves both
            mails.add(new MailRequest(n.email(), n.fullName(), n.language(), template, candidate, c.complaintNumber(),
                    "candidate-" + n.referenceNumber()));
        }
        return mails;
    }

    private static void remedy(Map<String, Object> model, Remedy remedy) {
        if (remedy == null) {
            return;
        }
        model.put("remedyKind", remedy.kind().name());
        model.put("remedyTarget", switch (remedy.kind()) {
            case RECOUNT, ANNUL_PRECINCT -> String.valueOf(remedy.precinctNumber());
            case DEREGISTER, REINSTATE -> remedy.nominationReference();
            case ANNUL_ELECTION -> "";
        });
    }

    /** A point in time as the complaint's election reads it (its territory's zone). */
    private OffsetDateTime local(Complaint c, Instant at) {
        return at == null ? null : at.atZone(complaints.zone(c)).toOffsetDateTime();
    }

    private Map<String, Object> base(Complaint c) {
        Election e = elections.byNumber(c.electionNumber());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("complaintNumber", c.complaintNumber());
        // the reviewing commission, named in the complainant's language (the register has kk and ru)
        model.put("commissionName", mailboxes.name(complaints.reviewerCode(c.complaintNumber()).orElse(e.organizerCode()),
                c.complainantLanguage(), e.territory() + " territorial election commission"));
        return model;
    }

    private static MailRequest toComplainant(Complaint c, String template, Map<String, Object> model) {
        return new MailRequest(c.complainantEmail(), c.complainantName(), c.complainantLanguage(), template, model,
                c.complaintNumber(), null);
    }
}
