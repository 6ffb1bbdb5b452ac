package kz.election.complaint;

import static kz.election.common.ElectionTime.now;
import static kz.election.common.StoredRows.instant;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRepository;
import kz.election.candidate.RulesetEligibility;
import kz.election.commission.Commission;
import kz.election.commission.Registers;
import kz.election.common.ForbiddenException;
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.common.TextRules;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.model.ComplaintModel;
import kz.election.results.PublicComplaint;
import kz.election.ruleset.Certainty;
import kz.election.ruleset.Cited;
import kz.election.ruleset.ComplaintRules;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's intake: filing it (from Tasklist or REST) under the election's next number, and the
 * filing-deadline check that admits it to review or answers it as inadmissible; and reading the stored
 * complaint for the other steps. The commission's decision is {@link ComplaintReview}'s, a court appeal
 * {@link CourtAppeals}'; the deadline rules live in {@link ComplaintDeadlines}. Bad input is refused naming
 * every field. It joins the caller's transaction, so a process step and its rows commit together.
 */
@Service
@Transactional
public class ComplaintService {

    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 20_000;
    /** The officer's choices on a complaint filed after the filing term ({@link #decideLateAdmission}). */
    public static final String ADMIT = "ADMIT";
    public static final String INADMISSIBLE = "INADMISSIBLE";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private static final String SELECT = """
            SELECT c.*, e.election_number, a.court_name, a.appealed_on, a.case_number, a.recorded_by AS appeal_recorded_by,
                   a.recorded_at AS appeal_recorded_at, a.ruling, a.ruled_on, a.ruling_summary, a.remedy AS court_remedy,
                   a.remedy_precinct AS court_remedy_precinct, a.remedy_nomination AS court_remedy_nomination,
                   a.remedy_ground AS court_remedy_ground, a.remedy_applied_at AS court_remedy_applied_at,
                   a.ruling_recorded_by, a.ruling_recorded_at, a.id AS appeal_id
            FROM election.complaint c
            JOIN election.election e ON e.id = c.election_id
            LEFT JOIN election.court_appeal a ON a.complaint_id = c.id
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ElectionService elections;
    private final NominationRepository candidates;
    private final RulesetCatalog rulesets;
    private final DecisionLog decisionLog;
    private final ResultsPageComplaints publicComplaints;
    private final RuntimeService runtimeService;
    private final ComplaintReviewers reviewers;
    private final Registers registers;

    public ComplaintService(JdbcClient jdbc, ObjectMapper json, ElectionService elections, NominationRepository candidates,
                            RulesetCatalog rulesets, DecisionLog decisionLog, ResultsPageComplaints publicComplaints,
                            RuntimeService runtimeService, ComplaintReviewers reviewers, Registers registers) {
        this.reviewers = reviewers;
        this.registers = registers;
        this.jdbc = jdbc;
        this.json = json;
        this.elections = elections;
        this.candidates = candidates;
        this.rulesets = rulesets;
        this.decisionLog = decisionLog;
        this.publicComplaints = publicComplaints;
        this.runtimeService = runtimeService;
    }

    /** Files the complaint and starts its complaint process (REST intake), in one transaction. */
    public Complaint submit(ComplaintRequest request, String filedBy) {
        Complaint complaint = file(request, filedBy);
        runtimeService.createMessageCorrelation(ComplaintModel.Messages.COMPLAINT_FILED)
                .processInstanceBusinessKey(complaint.complaintNumber())
                .setVariable(ComplaintVariables.COMPLAINT_NUMBER, complaint.complaintNumber())
                .setVariable(ComplaintVariables.ELECTION_NUMBER, complaint.electionNumber())
                .correlateStartMessage();
        return complaint;
    }

    /**
     * Stores the complaint under the election's next number ({@code 2026-RUR-0042-C001}). Everything
     * wrong with the input is refused at once, naming each field; a late complaint is stored all the same
     * (it is answered as inadmissible by the deadline check).
     */
    public Complaint file(ComplaintRequest r, String filedBy) {
        List<FieldViolation> v = new ArrayList<>();
        Election election = null;
        if (r.electionNumber() == null || r.electionNumber().isBlank()) {
            v.add(new FieldViolation("electionNumber", "is required: the election the complaint concerns"));
        } else if (TextRules.problemWithLine(r.electionNumber(), 40).isPresent()) {
            // NUL or another control character would reach PostgreSQL, which refuses it with a 500
            v.add(new FieldViolation("electionNumber", TextRules.problemWithLine(r.electionNumber(), 40).get()));
        } else {
            try {
                election = elections.byNumber(r.electionNumber().strip());
            } catch (NotFoundException e) {
                v.add(new FieldViolation("electionNumber", "no election " + r.electionNumber().strip() + " exists"));
            }
        }
        if (r.complainantRole() == null) {
            v.add(new FieldViolation("complainantRole", "is required: one of CANDIDATE, PARTY, OBSERVER, VOTER, COMMISSION_MEMBER"));
        }
        line(v, "complainantName", r.complainantName(), MAX_LINE);
        if (r.complainantEmail() == null || !EMAIL.matcher(r.complainantEmail().strip()).matches()
                || TextRules.problemWithLine(r.complainantEmail(), 320).isPresent()) {
            v.add(new FieldViolation("complainantEmail", "a valid email address is required: the complainant is answered by mail"));
        }
        if (r.complainantLanguage() == null || !LANGUAGES.contains(r.complainantLanguage())) {
            v.add(new FieldViolation("complainantLanguage", "must be one of kk, ru, en"));
        }
        if (r.subject() == null) {
            v.add(new FieldViolation("subject", "is required: one of REGISTRATION_DECISION, REFUSAL, PRECINCT_PROTOCOL, RESULT, ELECTION_DAY_VIOLATION"));
        }
        if (line(v, "subjectReference", r.subjectReference(), 100) && election != null && r.subject() != null) {
            checkReference(v, election, r.subject(), r.subjectReference().strip());
        }
        Instant now = now();
        if (r.actDate() == null) {
            v.add(new FieldViolation("actDate", "is required: the filing deadline runs from the day of the act"));
        } else if (election != null && r.actDate().isAfter(LocalDate.ofInstant(now, zone(election)))) {
            v.add(new FieldViolation("actDate", "the act complained of cannot lie in the future (" + r.actDate() + ")"));
        }
        TextRules.problemWithLine(r.text() == null ? null : r.text().replaceAll("\\R|\\t", " "), MAX_TEXT)
                .ifPresent(problem -> v.add(new FieldViolation("text", problem)));
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Optional<Commission> reviewer = reviewers.reviewerOf(r.subject(), election);
        if (reviewer.isPresent() && !DecisionEntry.SYSTEM.equals(filedBy) && !registers.isMember(filedBy, reviewer.get().code())) {
            throw new ForbiddenException("A complaint about " + r.subject() + " in election " + election.number()
                    + " is reviewed by " + reviewer.get().name("ru") + " (" + reviewer.get().code()
                    + "), and only its members take it in; " + filedBy + " does not sit on it");
        }
        long electionId = electionId(election.number());
        int sequence = jdbc.sql("""
                        INSERT INTO election.complaint_counter AS c (election_id, last_complaint) VALUES (?, 1)
                        ON CONFLICT (election_id) DO UPDATE SET last_complaint = c.last_complaint + 1
                        RETURNING last_complaint""")
                .param(electionId).query(Integer.class).single();
        String number = "%s-C%03d".formatted(election.number(), sequence);
        ComplaintDeadlines.Filing filing = deadlines(election).filing(r.actDate(), now);
        jdbc.sql("""
                        INSERT INTO election.complaint
                          (complaint_number, election_id, sequence, complainant_role, complainant_name, complainant_email,
                           complainant_language, subject, subject_reference, act_date, text, filed_at, filed_by, status,
                           filing_deadline, reviewer_code)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?)""")
                .params(number, electionId, sequence, r.complainantRole().name(), r.complainantName().strip(),
                        r.complainantEmail().strip(), r.complainantLanguage(), r.subject().name(),
                        r.subjectReference().strip(), r.actDate(), r.text().strip(), Timestamp.from(now), filedBy,
                        Timestamp.from(filing.deadline()), reviewer.map(Commission::code).orElse(null))
                .update();
        return byNumber(number);
    }

    /** The commission reviewing the complaint; empty for one filed before the registers. */
    public Optional<String> reviewerCode(String number) {
        return jdbc.sql("SELECT reviewer_code FROM election.complaint WHERE complaint_number = ?").param(number)
                .query(String.class).optional();
    }

    /**
     * The filing-term check of the ruleset. A complaint filed after the term is flagged to a complaints
     * officer (kept RECEIVED, the flag in the decision log), never refused by the system: the term is
     * unconfirmed and a missed term is not by itself a ground to refuse (APPC Art. 92, docs/RULES.md
     * "Complaints and appeals"); {@link #decideLateAdmission} records the officer's decision. One in time is
     * admitted with its review deadline and escalation time.
     */
    public Admission admit(String number, String processInstanceId) {
        Complaint c = byNumber(number);
        requireStatus(c, ComplaintStatus.RECEIVED);
        Election election = elections.byNumber(c.electionNumber());
        ComplaintDeadlines.Filing filing = deadlines(election).filing(c.actDate(), c.filedAt());
        if (!filing.inTime()) {
            String late = lateNote(c, election, filing);
            decisionLog.record(new DecisionEntry(DecisionEntry.SYSTEM, number, processInstanceId,
                    ComplaintModel.Elements.CHECK_FILING_DEADLINE, "FILED_LATE_TO_OFFICER", late,
                    toJson(json, Map.of("filingDeadline", filing.deadline().toString(),
                            "citation", rules(election).filingDeadlineDays().citation()))));
            return new Admission(false, filing.deadline(), null, null, false, late + "\n\n" + officerSummary(c, election),
                    List.of());
        }
        return openReview(c, election, filing, c.filedAt());
    }

    /**
     * A complaints officer's decision on a complaint filed after the filing term: ADMIT opens its review
     * (the review term counted from this decision), INADMISSIBLE ends it; reasons are required either way
     * and go to the decision log, and a refusal's to the complainant.
     *
     * @throws InvalidInputException naming {@code admission} or {@code admissionReasons}
     */
    public Admission decideLateAdmission(String number, String admission, String reasons, String by,
                                         String processInstanceId) {
        Complaint c = byNumber(number);
        requireStatus(c, ComplaintStatus.RECEIVED);
        List<FieldViolation> v = new ArrayList<>();
        boolean admit = ADMIT.equals(admission);
        if (!admit && !INADMISSIBLE.equals(admission)) {
            v.add(new FieldViolation(ComplaintModel.Variables.ADMISSION, "choose " + ADMIT + " or " + INADMISSIBLE));
        }
        TextRules.problemWithLine(reasons == null ? null : reasons.replaceAll("\\R|\\t", " "), MAX_TEXT)
                .ifPresent(problem -> v.add(new FieldViolation(ComplaintModel.Variables.ADMISSION_REASONS,
                        "state why the late complaint is admitted or not (" + problem + ")")));
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Election election = elections.byNumber(c.electionNumber());
        ComplaintDeadlines.Filing filing = deadlines(election).filing(c.actDate(), c.filedAt());
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ComplaintModel.Elements.DECIDE_LATE_COMPLAINT,
                admit ? "ADMITTED_LATE" : "INADMISSIBLE", reasons.strip(),
                toJson(json, Map.of("filingDeadline", filing.deadline().toString()))));
        if (admit) {
            return openReview(c, election, filing, now());
        }
        jdbc.sql("""
                        UPDATE election.complaint SET status = 'INADMISSIBLE', reasons = ?, decided_by = ?, decided_at = ?
                        WHERE complaint_number = ?""")
                .params(reasons.strip(), by, Timestamp.from(now()), number).update();
        return new Admission(false, filing.deadline(), null, null, false, officerSummary(c, election), List.of());
    }

    /** What the officer reads first about a late complaint: the term that passed and why it is not a bar. */
    private String lateNote(Complaint c, Election election, ComplaintDeadlines.Filing filing) {
        Cited<Integer> term = rules(election).filingDeadlineDays();
        return "Filed after the filing term: " + term.value() + " days from the act of " + c.actDate() + ", so by "
                + filing.deadline() + " (" + term.certainty() + ": " + term.citation() + "). A missed term is not by"
                + " itself a ground to refuse (APPC Art. 92): admit the complaint or find it inadmissible, with reasons.";
    }

    private Admission openReview(Complaint c, Election election, ComplaintDeadlines.Filing filing, Instant from) {
        ComplaintDeadlines.Review review = deadlines(election).review(from, election.electionDay());
        jdbc.sql("""
                        UPDATE election.complaint SET status = 'UNDER_REVIEW', review_due_at = ?, immediate_review = ?,
                          escalate_at = ? WHERE complaint_number = ?""")
                .params(Timestamp.from(review.dueAt()), review.immediate(), Timestamp.from(review.escalateAt()),
                        c.complaintNumber())
                .update();
        return new Admission(true, filing.deadline(), review.dueAt(), review.escalateAt(), review.immediate(),
                officerSummary(c, election), RulesetEligibility.deregistrationGrounds(ruleset(election)));
    }

    /**
     * What the officer reads: the summary, and for a complaint against the result the window the rules give such
     * complaints before the akim is registered, with its mark, since no legal source sets it (docs/RULES.md, The
     * calendar).
     */
    private String officerSummary(Complaint c, Election election) {
        if (c.subject() != ComplaintSubject.RESULT) {
            return summary(c);
        }
        Cited<Integer> window = ruleset(election).result().complaintWindowDays();
        String note = "Complaints against the result: the rules wait " + window.value() + " days after the result's"
                + " publication (at the latest until the winner's registration deadline) before the akim is registered"
                + (window.certainty() == Certainty.U ? " " + Certainty.UNCONFIRMED_MARK : " (" + window.certainty() + ")")
                + ": " + window.citation() + ".";
        return note + "\n\n" + summary(c);
    }

    /** The facts a reviewer reads first; the complainant's contact stays on the row. Within 4,000 characters. */
    static String summary(Complaint c) {
        String text = "Complaint " + c.complaintNumber() + " of a " + c.complainantRole() + ", filed " + c.filedAt()
                + "\nAbout: " + c.subject() + " " + c.subjectReference() + " (act of " + c.actDate() + ")"
                + "\nAttachments: " + c.attachments().size()
                + "\n\n" + c.text();
        return text.length() <= 3_900 ? text : text.substring(0, 3_899) + "…";
    }

    /** The end of the day the ruleset's filing deadline gives for appealing the decision (or the ruling). */
    @Transactional(readOnly = true)
    public Instant appealDeadline(Complaint c) {
        Election election = elections.byNumber(c.electionNumber());
        Instant decided = c.courtAppeal() != null && c.courtAppeal().rulingRecordedAt() != null
                ? c.courtAppeal().rulingRecordedAt() : c.decidedAt();
        return deadlines(election).filing(LocalDate.ofInstant(decided, zone(election)), decided).deadline();
    }

    @Transactional(readOnly = true)
    public Complaint byNumber(String number) {
        return jdbc.sql(SELECT + " WHERE c.complaint_number = ?").param(number).query(this::complaint).optional()
                .orElseThrow(() -> new NotFoundException("Complaint", number));
    }

    /** The election's complaints as the public may see them (as the results page lists them); 404 for an unknown election. */
    @Transactional(readOnly = true)
    public List<PublicComplaint> publicList(String electionNumber) {
        elections.byNumber(electionNumber);
        return publicComplaints.ofElection(electionNumber);
    }

    /**
     * The candidates a decision or ruling concerns: the nomination the remedy acts on, the nomination the
     * complaint is about, or, for a remedy on the whole count (recount, annulment), every registered candidate.
     */
    @Transactional(readOnly = true)
    public List<Nomination> affectedCandidates(String number) {
        Complaint c = byNumber(number);
        Map<String, Nomination> affected = new LinkedHashMap<>();
        Remedy remedy = c.effectiveRemedy();
        if (remedy != null && remedy.nominationReference() != null) {
            affected.put(remedy.nominationReference(), candidates.byReference(remedy.nominationReference()));
        }
        if (c.subject() == ComplaintSubject.REGISTRATION_DECISION || c.subject() == ComplaintSubject.REFUSAL) {
            affected.putIfAbsent(c.subjectReference(), candidates.byReference(c.subjectReference()));
        }
        if (remedy != null && remedy.nominationReference() == null) {
            jdbc.sql("""
                            SELECT n.reference_number FROM election.nomination n JOIN election.election e ON e.id = n.election_id
                            WHERE e.election_number = ? AND n.status = 'REGISTERED' ORDER BY n.registration_order""")
                    .param(c.electionNumber()).query(String.class).list()
                    .forEach(reference -> affected.putIfAbsent(reference, candidates.byReference(reference)));
        }
        return List.copyOf(affected.values());
    }

    /** The ruleset's deadline numbers of the election, for the rules and the mails. */
    @Transactional(readOnly = true)
    public ComplaintRules rules(Election election) {
        return ruleset(election).complaints();
    }

    ComplaintDeadlines deadlines(Election election) {
        Ruleset ruleset = ruleset(election);
        ComplaintRules rules = ruleset.complaints();
        return new ComplaintDeadlines(new ComplaintDeadlines.Parameters(election.zone(),
                rules.filingDeadlineDays().value(), rules.reviewDays().value(),
                rules.immediateReviewDaysBeforeElection().value(), rules.immediateReviewOnElectionDay().value(),
                ruleset.escalation().hoursBeforeDeadline().value(), rules.immediateReviewEscalationHours().value()));
    }

    private void checkReference(List<FieldViolation> v, Election election, ComplaintSubject subject, String reference) {
        switch (subject) {
            case REGISTRATION_DECISION, REFUSAL -> {
                Optional<Nomination> nomination = findNomination(reference);
                if (nomination.isEmpty() || !nomination.get().electionNumber().equals(election.number())) {
                    v.add(new FieldViolation("subjectReference", "name the nomination reference of election "
                            + election.number() + " the decision concerns (such as " + election.number()
                            + "-N01); '" + reference + "' is none"));
                }
            }
            case PRECINCT_PROTOCOL -> {
                boolean known = reference.matches("\\d{1,6}") && election.precincts().stream()
                        .anyMatch(p -> p.number() == Integer.parseInt(reference));
                if (!known) {
                    v.add(new FieldViolation("subjectReference", "name the number of a precinct of election "
                            + election.number() + "; '" + reference + "' is none"));
                }
            }
            case RESULT, ELECTION_DAY_VIOLATION -> {
                // a free description: the result's date, a polling station, a place
            }
        }
    }

    private Optional<Nomination> findNomination(String reference) {
        try {
            return Optional.of(candidates.byReference(reference));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    static boolean line(List<FieldViolation> v, String field, String value, int max) {
        Optional<String> problem = TextRules.problemWithLine(value, max);
        problem.ifPresent(p -> v.add(new FieldViolation(field, p)));
        return problem.isEmpty();
    }

    private Complaint complaint(ResultSet rs, int row) throws SQLException {
        CourtAppeal appeal = rs.getObject("appeal_id") == null ? null : new CourtAppeal(
                rs.getString("court_name"), rs.getObject("appealed_on", LocalDate.class), rs.getString("case_number"),
                rs.getString("appeal_recorded_by"), instant(rs, "appeal_recorded_at"),
                rs.getString("ruling") == null ? null : CourtRuling.valueOf(rs.getString("ruling")),
                rs.getObject("ruled_on", LocalDate.class), rs.getString("ruling_summary"),
                remedy(rs, "court_remedy", "court_remedy_precinct", "court_remedy_nomination", "court_remedy_ground"),
                instant(rs, "court_remedy_applied_at"), rs.getString("ruling_recorded_by"),
                instant(rs, "ruling_recorded_at"));
        long id = rs.getLong("id");
        List<Attachment> attachments = jdbc.sql("""
                        SELECT id, file_name, content_type, declared_type, size_bytes, sha256, uploaded_by, uploaded_at
                        FROM election.complaint_attachment WHERE complaint_id = ? ORDER BY id""")
                .param(id).query((a, n) -> new Attachment(a.getLong("id"), a.getString("file_name"),
                        a.getString("content_type"), a.getString("declared_type"), a.getInt("size_bytes"),
                        a.getString("sha256"), a.getString("uploaded_by"), a.getTimestamp("uploaded_at").toInstant()))
                .list();
        return new Complaint(
                rs.getString("complaint_number"),
                rs.getString("election_number"),
                ComplainantRole.valueOf(rs.getString("complainant_role")),
                rs.getString("complainant_name"),
                rs.getString("complainant_email"),
                rs.getString("complainant_language"),
                ComplaintSubject.valueOf(rs.getString("subject")),
                rs.getString("subject_reference"),
                rs.getObject("act_date", LocalDate.class),
                rs.getString("text"),
                instant(rs, "filed_at"),
                rs.getString("filed_by"),
                ComplaintStatus.valueOf(rs.getString("status")),
                instant(rs, "filing_deadline"),
                instant(rs, "review_due_at"),
                (Boolean) rs.getObject("immediate_review"),
                instant(rs, "escalate_at"),
                instant(rs, "review_overdue_at"),
                rs.getString("decision"),
                rs.getString("reasons"),
                remedy(rs, "remedy", "remedy_precinct", "remedy_nomination", "remedy_ground"),
                instant(rs, "remedy_applied_at"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                appeal,
                attachments);
    }

    private static Remedy remedy(ResultSet rs, String kind, String precinct, String nomination, String ground)
            throws SQLException {
        String value = rs.getString(kind);
        return value == null ? null : new Remedy(RemedyKind.valueOf(value), (Integer) rs.getObject(precinct),
                rs.getString(nomination), rs.getString(ground));
    }


    private long electionId(String electionNumber) {
        return jdbc.sql("SELECT id FROM election.election WHERE election_number = ?").param(electionNumber)
                .query(Long.class).single();
    }

    private Ruleset ruleset(Election election) {
        return rulesets.byId(election.rulesetId());
    }

    private static ZoneId zone(Election election) {
        return election.zone();
    }

    /** The time zone of the complaint's election (its territory's), in which its dates are days. */
    ZoneId zone(Complaint c) {
        return zone(elections.byNumber(c.electionNumber()));
    }

    static void requireStatus(Complaint c, ComplaintStatus expected) {
        if (c.status() != expected) {
            throw new ConflictException("complaint " + c.complaintNumber() + " is " + c.status() + ", not " + expected);
        }
    }
}
