package kz.election.complaint;

import static kz.election.common.StoredRows.instant;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.common.TextRules;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.ruleset.ComplaintRules;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's way from intake to the commission's decision and the court's ruling. The deadline
 * rules live in {@link ComplaintDeadlines}, what a remedy may act on in {@link Remedies}; this service
 * keeps the row, refuses bad input naming every field, and records each decision in the {@link DecisionLog}.
 * It joins the caller's transaction, so a process step and its rows commit together.
 */
@Service
@Transactional
public class ComplaintService {

    public static final String SYSTEM = "system";
    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 20_000;
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
    private final Remedies remedies;
    private final RuntimeService runtimeService;

    public ComplaintService(JdbcClient jdbc, ObjectMapper json, ElectionService elections, NominationRepository candidates,
                            RulesetCatalog rulesets, DecisionLog decisionLog, Remedies remedies,
                            RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.json = json;
        this.elections = elections;
        this.candidates = candidates;
        this.rulesets = rulesets;
        this.decisionLog = decisionLog;
        this.remedies = remedies;
        this.runtimeService = runtimeService;
    }

    /** Files the complaint and starts its complaint process (REST intake), in one transaction. */
    public Complaint submit(ComplaintRequest request, String filedBy) {
        Complaint complaint = file(request, filedBy);
        runtimeService.createMessageCorrelation(ComplaintVariables.FILED_MESSAGE)
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
                           filing_deadline)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?)""")
                .params(number, electionId, sequence, r.complainantRole().name(), r.complainantName().strip(),
                        r.complainantEmail().strip(), r.complainantLanguage(), r.subject().name(),
                        r.subjectReference().strip(), r.actDate(), r.text().strip(), Timestamp.from(now), filedBy,
                        Timestamp.from(filing.deadline()))
                .update();
        return byNumber(number);
    }

    /**
     * The filing-deadline check of the ruleset: a late complaint is recorded as INADMISSIBLE (by the
     * system, naming the deadline); an admissible one gets its review deadline and escalation time.
     */
    public Admission admit(String number, String processInstanceId) {
        Complaint c = byNumber(number);
        requireStatus(c, ComplaintStatus.RECEIVED);
        Election election = elections.byNumber(c.electionNumber());
        ComplaintDeadlines deadlines = deadlines(election);
        ComplaintDeadlines.Filing filing = deadlines.filing(c.actDate(), c.filedAt());
        if (!filing.inTime()) {
            jdbc.sql("UPDATE election.complaint SET status = 'INADMISSIBLE' WHERE complaint_number = ?").param(number).update();
            decisionLog.record(new DecisionEntry(SYSTEM, number, processInstanceId, "checkFilingDeadline", "INADMISSIBLE",
                    "filed " + c.filedAt() + ", after the filing deadline " + filing.deadline() + " ("
                            + rules(election).filingDeadlineDays().value() + " days from the act of " + c.actDate() + ")",
                    toJson(json, Map.of("filingDeadline", filing.deadline().toString(),
                            "citation", rules(election).filingDeadlineDays().citation()))));
            return new Admission(false, filing.deadline(), null, null, false, summary(c), List.of());
        }
        ComplaintDeadlines.Review review = deadlines.review(c.filedAt(), election.electionDay());
        jdbc.sql("""
                        UPDATE election.complaint SET status = 'UNDER_REVIEW', review_due_at = ?, immediate_review = ?,
                          escalate_at = ? WHERE complaint_number = ?""")
                .params(Timestamp.from(review.dueAt()), review.immediate(), Timestamp.from(review.escalateAt()), number)
                .update();
        return new Admission(true, filing.deadline(), review.dueAt(), review.escalateAt(), review.immediate(),
                summary(c), RulesetEligibility.deregistrationGrounds(ruleset(election)));
    }

    /** The facts a reviewer reads first; the complainant's contact stays on the row. Within 4,000 characters. */
    static String summary(Complaint c) {
        String text = "Complaint " + c.complaintNumber() + " of a " + c.complainantRole() + ", filed " + c.filedAt()
                + "\nAbout: " + c.subject() + " " + c.subjectReference() + " (act of " + c.actDate() + ")"
                + "\nAttachments: " + c.attachments().size()
                + "\n\n" + c.text();
        return text.length() <= 3_900 ? text : text.substring(0, 3_899) + "…";
    }

    /**
     * The commission's decision. Reasons are required either way; upholding needs a remedy that can act
     * on the election as it stands (checked by {@link Remedies#problems}).
     */
    public DecisionOutcome decide(String number, ComplaintDecision d, String by, String processInstanceId) {
        Complaint c = byNumber(number);
        requireStatus(c, ComplaintStatus.UNDER_REVIEW);
        List<FieldViolation> v = new ArrayList<>();
        boolean uphold = ComplaintDecision.UPHOLD.equals(d.decision());
        if (!uphold && !ComplaintDecision.DISMISS.equals(d.decision())) {
            v.add(new FieldViolation(ComplaintVariables.DECISION, "choose DISMISS or UPHOLD"));
        }
        TextRules.problemWithLine(d.reasons() == null ? null : d.reasons().replaceAll("\\R|\\t", " "), MAX_TEXT)
                .ifPresent(problem -> v.add(new FieldViolation(ComplaintVariables.REASONS,
                        "state the reasons of the decision: they go to the complainant (" + problem + ")")));
        Remedy remedy = d.remedy();
        if (uphold) {
            if (remedy == null || remedy.kind() == null) {
                v.add(new FieldViolation(Remedy.KIND, "an upheld complaint orders a remedy: RECOUNT, ANNUL_PRECINCT, "
                        + "DEREGISTER, REINSTATE or ANNUL_ELECTION"));
            } else {
                v.addAll(remedies.problems(c.electionNumber(), remedy));
            }
        } else if (ComplaintDecision.DISMISS.equals(d.decision()) && remedy != null && remedy.kind() != null) {
            v.add(new FieldViolation(Remedy.KIND, "a dismissed complaint orders no remedy; leave it empty"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Remedy ordered = uphold ? remedy : null;
        jdbc.sql("""
                        UPDATE election.complaint SET status = 'DECIDED', decision = ?, reasons = ?, remedy = ?,
                          remedy_precinct = ?, remedy_nomination = ?, remedy_ground = ?, decided_by = ?, decided_at = ?
                        WHERE complaint_number = ?""")
                .params(uphold ? "UPHELD" : "DISMISSED", d.reasons().strip(), ordered == null ? null : ordered.kind().name(),
                        ordered == null ? null : ordered.precinctNumber(),
                        ordered == null ? null : ordered.nominationReference(),
                        ordered == null ? null : ordered.groundCode(), by, Timestamp.from(now()), number)
                .update();
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ComplaintVariables.REVIEW_TASK,
                uphold ? "UPHELD" : "DISMISSED", d.reasons().strip(),
                toJson(json, ordered == null ? Map.of() : Map.of("remedy", ordered.describe()))));
        return new DecisionOutcome(uphold, appealDeadline(byNumber(number)));
    }

    /** The end of the day the ruleset's filing deadline gives for appealing the decision (or the ruling). */
    @Transactional(readOnly = true)
    public Instant appealDeadline(Complaint c) {
        Election election = elections.byNumber(c.electionNumber());
        Instant decided = c.courtAppeal() != null && c.courtAppeal().rulingRecordedAt() != null
                ? c.courtAppeal().rulingRecordedAt() : c.decidedAt();
        return deadlines(election).filing(LocalDate.ofInstant(decided, zone(election)), decided).deadline();
    }

    /** The review deadline passed without a decision: kept on the row for supervisors and reports. */
    public void markReviewOverdue(String number) {
        jdbc.sql("UPDATE election.complaint SET review_overdue_at = ? WHERE complaint_number = ? AND decision IS NULL")
                .params(Timestamp.from(now()), number).update();
    }

    /**
     * Sends the remedy now in force (the commission's, or the court's when it overturned the decision)
     * and notes when it was sent. A remedy is sent once: a retried step finds it applied.
     */
    public void applyRemedy(String number, boolean court) {
        Complaint c = byNumber(number);
        Remedy remedy = court ? c.courtAppeal() == null ? null : c.courtAppeal().remedy() : c.remedy();
        if (remedy == null) {
            throw new ConflictException("complaint " + number + " has no " + (court ? "court " : "") + "remedy to apply");
        }
        Instant applied = court ? c.courtAppeal().remedyAppliedAt() : c.remedyAppliedAt();
        if (applied != null) {
            return;
        }
        String by = court ? c.courtAppeal().rulingRecordedBy() : c.decidedBy();
        String reasons = court ? "court ruling " + c.courtAppeal().caseNumber() + ": " + c.courtAppeal().rulingSummary()
                : c.reasons();
        remedies.send(c.electionNumber(), number, remedy, reasons, by);
        jdbc.sql(court
                        ? "UPDATE election.court_appeal SET remedy_applied_at = ? WHERE complaint_id = (SELECT id FROM election.complaint WHERE complaint_number = ?)"
                        : "UPDATE election.complaint SET remedy_applied_at = ? WHERE complaint_number = ?")
                .params(Timestamp.from(now()), number).update();
    }

    /** Staff record that the commission's decision was appealed to court. */
    public Complaint recordAppeal(String number, String courtName, LocalDate appealedOn, String caseNumber, String by,
                                  String processInstanceId) {
        Complaint c = byNumber(number);
        requireStatus(c, ComplaintStatus.DECIDED);
        List<FieldViolation> v = new ArrayList<>();
        line(v, ComplaintVariables.COURT_NAME, courtName, MAX_LINE);
        line(v, ComplaintVariables.CASE_NUMBER, caseNumber, 64);
        ZoneOffset zone = zone(elections.byNumber(c.electionNumber()));
        LocalDate decidedOn = LocalDate.ofInstant(c.decidedAt(), zone);
        if (appealedOn == null) {
            v.add(new FieldViolation(ComplaintVariables.APPEALED_ON, "is required: the day the appeal was filed with the court"));
        } else if (appealedOn.isBefore(decidedOn)) {
            v.add(new FieldViolation(ComplaintVariables.APPEALED_ON, "the appeal cannot precede the decision of " + decidedOn));
        } else if (appealedOn.isAfter(LocalDate.ofInstant(now(), zone))) {
            v.add(new FieldViolation(ComplaintVariables.APPEALED_ON, "cannot lie in the future (" + appealedOn + ")"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        jdbc.sql("""
                        INSERT INTO election.court_appeal (complaint_id, court_name, appealed_on, case_number, recorded_by, recorded_at)
                        SELECT id, ?, ?, ?, ?, ? FROM election.complaint WHERE complaint_number = ?""")
                .params(courtName.strip(), appealedOn, caseNumber.strip(), by, Timestamp.from(now()), number).update();
        jdbc.sql("UPDATE election.complaint SET status = 'APPEALED' WHERE complaint_number = ?").param(number).update();
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ComplaintVariables.APPEAL_TASK, "APPEALED",
                courtName.strip() + ", case " + caseNumber.strip(), toJson(json, Map.of("appealedOn", appealedOn.toString()))));
        return byNumber(number);
    }

    /**
     * Staff record the court's ruling. A ruling that overturns the commission's decision orders its own
     * remedy, checked like the commission's; one that upholds the decision orders none.
     */
    public Complaint recordRuling(String number, String ruling, LocalDate ruledOn, String summary, Remedy remedy,
                                  String by, String processInstanceId) {
        Complaint c = byNumber(number);
        requireStatus(c, ComplaintStatus.APPEALED);
        List<FieldViolation> v = new ArrayList<>();
        CourtRuling parsed = null;
        try {
            parsed = ruling == null ? null : CourtRuling.valueOf(ruling);
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (parsed == null) {
            v.add(new FieldViolation(ComplaintVariables.RULING, "choose UPHELD_DECISION or OVERTURNED"));
        }
        ZoneOffset zone = zone(elections.byNumber(c.electionNumber()));
        if (ruledOn == null) {
            v.add(new FieldViolation(ComplaintVariables.RULED_ON, "is required: the day of the ruling"));
        } else if (ruledOn.isBefore(c.courtAppeal().appealedOn())) {
            v.add(new FieldViolation(ComplaintVariables.RULED_ON, "the ruling cannot precede the appeal of "
                    + c.courtAppeal().appealedOn()));
        } else if (ruledOn.isAfter(LocalDate.ofInstant(now(), zone))) {
            v.add(new FieldViolation(ComplaintVariables.RULED_ON, "cannot lie in the future (" + ruledOn + ")"));
        }
        TextRules.problemWithLine(summary == null ? null : summary.replaceAll("\\R|\\t", " "), MAX_TEXT)
                .ifPresent(problem -> v.add(new FieldViolation(ComplaintVariables.RULING_SUMMARY, problem)));
        boolean hasRemedy = remedy != null && remedy.kind() != null;
        if (parsed == CourtRuling.OVERTURNED && !hasRemedy) {
            v.add(new FieldViolation(Remedy.KIND, "a ruling that overturns the decision orders a remedy"));
        } else if (parsed == CourtRuling.OVERTURNED) {
            v.addAll(remedies.problems(c.electionNumber(), remedy));
        } else if (parsed == CourtRuling.UPHELD_DECISION && hasRemedy) {
            v.add(new FieldViolation(Remedy.KIND, "a ruling that upholds the decision orders no remedy; leave it empty"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Remedy ordered = parsed == CourtRuling.OVERTURNED ? remedy : null;
        jdbc.sql("""
                        UPDATE election.court_appeal SET ruling = ?, ruled_on = ?, ruling_summary = ?, remedy = ?,
                          remedy_precinct = ?, remedy_nomination = ?, remedy_ground = ?, ruling_recorded_by = ?,
                          ruling_recorded_at = ?
                        WHERE complaint_id = (SELECT id FROM election.complaint WHERE complaint_number = ?)""")
                .params(parsed.name(), ruledOn, summary.strip(), ordered == null ? null : ordered.kind().name(),
                        ordered == null ? null : ordered.precinctNumber(),
                        ordered == null ? null : ordered.nominationReference(),
                        ordered == null ? null : ordered.groundCode(), by, Timestamp.from(now()), number)
                .update();
        jdbc.sql("UPDATE election.complaint SET status = 'COURT_RULED' WHERE complaint_number = ?").param(number).update();
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ComplaintVariables.RULING_TASK,
                "COURT_" + parsed.name(), summary.strip(),
                toJson(json, ordered == null ? Map.of() : Map.of("remedy", ordered.describe()))));
        return byNumber(number);
    }

    @Transactional(readOnly = true)
    public Complaint byNumber(String number) {
        return jdbc.sql(SELECT + " WHERE c.complaint_number = ?").param(number).query(this::complaint).optional()
                .orElseThrow(() -> new NotFoundException("Complaint", number));
    }

    /** The election's complaints as the public may see them, oldest first: no personal data. */
    @Transactional(readOnly = true)
    public List<PublicComplaint> publicList(String electionNumber) {
        Election election = elections.byNumber(electionNumber);
        ZoneOffset zone = zone(election);
        return jdbc.sql(SELECT + " WHERE e.election_number = ? ORDER BY c.sequence").param(electionNumber)
                .query(this::complaint).list().stream()
                .map(c -> new PublicComplaint(c.complaintNumber(), c.subject(), publicReference(c),
                        LocalDate.ofInstant(c.filedAt(), zone), c.status(), c.decision(),
                        c.remedy() == null ? null : c.remedy().describe(),
                        c.decidedAt() == null ? null : LocalDate.ofInstant(c.decidedAt(), zone),
                        c.courtAppeal() == null || c.courtAppeal().ruling() == null ? null : c.courtAppeal().ruling().name(),
                        c.courtAppeal() == null || c.courtAppeal().remedy() == null ? null
                                : c.courtAppeal().remedy().describe()))
                .toList();
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
        return new ComplaintDeadlines(new ComplaintDeadlines.Parameters(ruleset.zone(),
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

    /** A nomination or precinct reference is public; a free description may name people, so it is not shown. */
    private static String publicReference(Complaint c) {
        return switch (c.subject()) {
            case REGISTRATION_DECISION, REFUSAL, PRECINCT_PROTOCOL -> c.subjectReference();
            case RESULT, ELECTION_DAY_VIOLATION -> null;
        };
    }

    private static boolean line(List<FieldViolation> v, String field, String value, int max) {
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

    private ZoneOffset zone(Election election) {
        return ruleset(election).zone();
    }

    private static void requireStatus(Complaint c, ComplaintStatus expected) {
        if (c.status() != expected) {
            throw new ConflictException("complaint " + c.complaintNumber() + " is " + c.status() + ", not " + expected);
        }
    }


    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
