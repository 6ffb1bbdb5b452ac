package kz.election.noconfidence;

import static kz.election.common.ElectionTime.now;
import static kz.election.common.ElectionTime.today;
import static kz.election.common.StoredRows.instant;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.election.calendar.WorkingDayCalendar;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.election.ElectionService;
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.common.TextRules;
import kz.election.model.NoConfidenceModel;
import kz.election.platform.FormValues;
import kz.election.ruleset.NoConfidenceRules;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' appeals asking the maslikhat for a motion of no confidence: recorded by the secretariat with
 * their terms under the APPC ({@link AppealTerms}, in working days of the {@link WorkingDayCalendar}),
 * routed to it as a task, forwarded to the competent body or answered with the motion that was filed or
 * why none will be, the term extended once with reasons if need be. The row keeps who wrote it and every
 * term; the {@link DecisionLog} who decided. It joins the caller's transaction.
 */
@Service
@Transactional
public class CitizenAppealService {

    private static final int MAX_NAME = 200;
    private static final int MAX_CONTACT = 320;
    private static final int MAX_SUMMARY = 4000;
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    static final String MASLIKHAT = "MASLIKHAT";
    static final String OTHER_BODY = "OTHER_BODY";
    static final String EXTEND = "EXTEND";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final DecisionLog decisionLog;
    private final RuntimeService runtimeService;
    private final CaseRegistry registry;
    private final MotionService motions;
    private final ElectionService elections;
    private final RulesetCatalog rulesets;
    private final WorkingDayCalendar calendar;

    CitizenAppealService(JdbcClient jdbc, ObjectMapper json, DecisionLog decisionLog, RuntimeService runtimeService,
                         CaseRegistry registry, MotionService motions, ElectionService elections,
                         RulesetCatalog rulesets, WorkingDayCalendar calendar) {
        this.elections = elections;
        this.rulesets = rulesets;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.json = json;
        this.decisionLog = decisionLog;
        this.runtimeService = runtimeService;
        this.registry = registry;
        this.motions = motions;
    }

    /** Records the appeal and routes it to the secretariat as a task (message citizenAppealRecorded). */
    public CitizenAppeal recordAppeal(AppealRequest request, String by) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = today();
        String election = FormValues.text(request.electionNumber());
        if (election == null) {
            violations.add(new FieldViolation("electionNumber", "name the election that made the akim"));
        } else if (!registry.electionExists(election)) {
            violations.add(new FieldViolation("electionNumber", "election " + election + " does not exist"));
        }
        line(violations, "citizenName", request.citizenName(), MAX_NAME);
        if (FormValues.text(request.citizenContact()) != null) {
            line(violations, "citizenContact", request.citizenContact(), MAX_CONTACT);
        }
        line(violations, "summary", request.summary() == null ? null
                : request.summary().replace('\n', ' ').replace('\r', ' '), MAX_SUMMARY);
        LocalDate receivedOn = request.receivedOn() == null ? today : request.receivedOn();
        if (receivedOn.isAfter(today)) {
            violations.add(new FieldViolation("receivedOn", receivedOn + " is in the future"));
        }
        String email = FormValues.text(request.citizenEmail());
        if (email != null) {
            emailProblem(email).ifPresent(p -> violations.add(new FieldViolation("citizenEmail", p)));
            if (!LANGUAGES.contains(FormValues.text(request.citizenLanguage()))) {
                violations.add(new FieldViolation("citizenLanguage", "the language of the mails to the citizens: kk, ru or en"));
            }
        }
        AppealTerms terms = null;
        if (!receivedOn.isAfter(today)) {
            try {
                terms = AppealTerms.of(receivedOn, calendar, appealRules(receivedOn));
            } catch (WorkingDayCalendar.YearNotCoveredException e) {
                violations.add(new FieldViolation("receivedOn", "its terms cannot be counted: " + e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        elections.requireOrganizerSeat(election, by, "A citizens' appeal about the akim");
        String number = registry.nextNumber("NCA", receivedOn.getYear());
        jdbc.sql("""
                        INSERT INTO election.citizen_appeal (appeal_number, election_number, citizen_name, citizen_contact,
                          received_on, summary, recorded_by, recorded_at, citizen_email, citizen_language, terms_ruleset_id,
                          forward_due_on, answer_due_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, election, request.citizenName().strip(), FormValues.text(request.citizenContact()),
                        receivedOn, request.summary().strip(), by, Timestamp.from(now()), email,
                        email == null ? null : FormValues.text(request.citizenLanguage()), termsRuleset(receivedOn).id(),
                        terms.forwardDueOn(), terms.answerDueOn())
                .update();
        ZoneId zone = elections.byNumber(election).zone();
        runtimeService.createMessageCorrelation(NoConfidenceModel.Messages.CITIZEN_APPEAL_RECORDED)
                .processInstanceBusinessKey(number)
                .setVariable("appealNumber", number)
                .setVariable("electionNumber", election)
                // who wrote it stays on the row (GET /api/no-confidence/appeals/{number}); history keeps the matter only
                .setVariable("appealSummary", "Appeal " + number + " of " + receivedOn + ": " + request.summary().strip())
                .setVariable("appealTerms", termsText(appeal(number)))
                .setVariable("forwardDueAt", Date.from(AppealTerms.dueAt(terms.forwardDueOn(), zone)))
                .setVariable("forwardEscalateAt", Date.from(AppealTerms.escalateAt(terms.forwardDueOn(), calendar, zone)))
                .setVariable("answerDueAt", Date.from(AppealTerms.dueAt(terms.answerDueOn(), zone)))
                .setVariable("answerEscalateAt", Date.from(AppealTerms.escalateAt(terms.answerDueOn(), calendar, zone)))
                .correlateStartMessage();
        return appeal(number);
    }

    /**
     * The secretariat decides who answers: the maslikhat, or another body it is forwarded to (the citizens
     * are then told). Returns whether it was forwarded; a forwarded appeal is closed with outcome FORWARDED.
     */
    public boolean decideCompetence(String appealNumber, String competence, String forwardedTo, String by,
                                    String processInstanceId) {
        CitizenAppeal appeal = appeal(appealNumber);
        if (appeal.outcome() != null || appeal.forwardedOn() != null) {
            throw new ConflictException("Appeal " + appealNumber + " was already " + appeal.outcome());
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!MASLIKHAT.equals(competence) && !OTHER_BODY.equals(competence)) {
            violations.add(new FieldViolation("appealCompetence", "choose MASLIKHAT or OTHER_BODY"));
        }
        boolean forwarded = OTHER_BODY.equals(competence);
        if (forwarded) {
            line(violations, "forwardedTo", forwardedTo, MAX_NAME);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (forwarded) {
            jdbc.sql("""
                            UPDATE election.citizen_appeal SET forwarded_to = ?, forwarded_on = ?, competence_decided_by = ?,
                              outcome = 'FORWARDED', outcome_note = ?, answered_by = ?, answered_at = ? WHERE appeal_number = ?""")
                    .params(forwardedTo.strip(), today(), by, "Forwarded to " + forwardedTo.strip(), by,
                            Timestamp.from(now()), appealNumber)
                    .update();
        } else {
            jdbc.sql("UPDATE election.citizen_appeal SET competence_decided_by = ? WHERE appeal_number = ?")
                    .params(by, appealNumber).update();
        }
        decisionLog.record(new DecisionEntry(by, appealNumber, processInstanceId,
                NoConfidenceModel.Elements.DECIDE_APPEAL_COMPETENCE, forwarded ? "APPEAL_FORWARDED" : "APPEAL_FOR_MASLIKHAT",
                forwarded ? forwardedTo.strip() : null, toJson(json, Map.of("forwardDueOn", String.valueOf(appeal.forwardDueOn()),
                        "decidedOn", today().toString()))));
        return forwarded;
    }

    /**
     * The secretariat's answer: a motion was filed (named) or none will be, with the reason; or, once and
     * within the term, a reasoned extension of the term (EXTEND with the new day), which the citizens are
     * told of. The answer's term as it now stands comes back, so the process can watch it.
     */
    public AnswerDecision answerAppeal(String appealNumber, String outcome, String note, String motionNumber,
                                       LocalDate extendedUntil, String by, String processInstanceId) {
        CitizenAppeal appeal = appeal(appealNumber);
        if (appeal.outcome() != null) {
            throw new ConflictException("Appeal " + appealNumber + " was already answered");
        }
        if (EXTEND.equals(outcome)) {
            return extend(appeal, note, extendedUntil, by, processInstanceId);
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!"MOTION_FILED".equals(outcome) && !"NO_MOTION".equals(outcome)) {
            violations.add(new FieldViolation("appealOutcome", "choose MOTION_FILED, NO_MOTION or EXTEND"));
        }
        line(violations, "appealNote", note, MAX_NAME);
        if ("MOTION_FILED".equals(outcome)) {
            if (FormValues.text(motionNumber) == null) {
                violations.add(new FieldViolation("appealMotionNumber", "name the motion that was filed"));
            } else if (!motions.isAbout(motionNumber.strip(), appeal.electionNumber())) {
                violations.add(new FieldViolation("appealMotionNumber", "no motion " + motionNumber.strip()
                        + " about the akim of election " + appeal.electionNumber() + " exists"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                        UPDATE election.citizen_appeal SET outcome = ?, outcome_note = ?, motion_number = ?, answered_by = ?,
                          answered_at = ? WHERE appeal_number = ?""")
                .params(outcome, note.strip(), "MOTION_FILED".equals(outcome) ? motionNumber.strip() : null, by,
                        Timestamp.from(now()), appealNumber)
                .update();
        decisionLog.record(new DecisionEntry(by, appealNumber, processInstanceId,
                NoConfidenceModel.Elements.CONSIDER_CITIZEN_APPEAL, "APPEAL_" + outcome, note.strip(),
                toJson(json, Map.of("motionNumber", String.valueOf(motionNumber), "answerDueOn",
                        String.valueOf(appeal.answerDueOn())))));
        return new AnswerDecision(false, null, null, appeal(appealNumber));
    }

    private AnswerDecision extend(CitizenAppeal appeal, String reason, LocalDate until, String by, String processInstanceId) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = today();
        if (appeal.extendedUntil() != null) {
            violations.add(new FieldViolation("appealOutcome", "the term was already extended once, on " + appeal.extendedOn()
                    + " until " + appeal.extendedUntil() + "; answer the appeal"));
        } else {
            AppealTerms terms = AppealTerms.of(appeal.receivedOn(), calendar, appealRules(appeal.receivedOn()));
            // an appeal recorded before its terms were kept has the term counted now
            terms.problemWithExtension(today, appeal.answerDueOn() == null ? terms.answerDueOn() : appeal.answerDueOn(), until)
                    .ifPresent(p -> violations.add(new FieldViolation("appealExtendedUntil", p)));
        }
        line(violations, "appealNote", reason, MAX_SUMMARY);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        NoConfidenceRules rules = appealRules(appeal.receivedOn());
        LocalDate noticeDue = calendar.plusWorkingDays(today, rules.appealExtensionNoticeWorkingDays().value());
        jdbc.sql("""
                        UPDATE election.citizen_appeal SET extended_until = ?, extension_reason = ?, extended_on = ?,
                          extended_by = ?, extension_notice_due_on = ?, answer_due_on = ? WHERE appeal_number = ?""")
                .params(until, reason.strip(), today, by, noticeDue, until, appeal.appealNumber())
                .update();
        decisionLog.record(new DecisionEntry(by, appeal.appealNumber(), processInstanceId,
                NoConfidenceModel.Elements.CONSIDER_CITIZEN_APPEAL, "APPEAL_TERM_EXTENDED", reason.strip(),
                toJson(json, Map.of("from", String.valueOf(appeal.answerDueOn()), "until", until.toString(),
                        "noticeDueOn", noticeDue.toString()))));
        ZoneId zone = elections.byNumber(appeal.electionNumber()).zone();
        return new AnswerDecision(true, AppealTerms.dueAt(until, zone), AppealTerms.escalateAt(until, calendar, zone),
                appeal(appeal.appealNumber()));
    }

    /** The terms of the appeal as its forms show them. */
    public String termsText(CitizenAppeal a) {
        StringBuilder text = new StringBuilder("Received " + a.receivedOn() + ". Forward to another body by "
                + a.forwardDueOn() + "; answer by " + a.answerDueOn() + " (working days, APPC Art. 76).");
        if (a.extendedUntil() != null) {
            text.append("\nExtended on ").append(a.extendedOn()).append(" until ").append(a.extendedUntil())
                    .append(": ").append(a.extensionReason()).append(". The citizens are told by ")
                    .append(a.extensionNoticeDueOn()).append('.');
        }
        if (a.citizenEmail() == null) {
            text.append("\nNo e-mail address: tell the citizens by the contact they gave.");
        }
        return text.toString();
    }

    /**
     * The appeal terms of the ruleset in force on the day of receipt, or, when that ruleset was written
     * before the terms were (kz-2024-03-01), of the newest ruleset: the APPC binds every appeal whatever
     * the election's rules.
     */
    private NoConfidenceRules appealRules(LocalDate receivedOn) {
        return termsRuleset(receivedOn).noConfidence();
    }

    private Ruleset termsRuleset(LocalDate receivedOn) {
        return rulesets.effectiveOn(receivedOn).filter(r -> r.noConfidence().hasAppealTerms())
                .or(() -> rulesets.all().stream().filter(r -> r.noConfidence().hasAppealTerms()).findFirst())
                .orElseThrow(() -> new IllegalStateException("no ruleset carries the terms of citizens' appeals"));
    }

    private static Optional<String> emailProblem(String email) {
        try {
            new InternetAddress(email, true).validate();
            return TextRules.problemWithLine(email, MAX_CONTACT);
        } catch (AddressException e) {
            return Optional.of(email + " is not an e-mail address: " + e.getMessage());
        }
    }

    /** What the answer means for the process: extended (and the term now watched), or answered. */
    public record AnswerDecision(boolean extended, Instant answerDueAt, Instant escalateAt, CitizenAppeal appeal) {
    }

    @Transactional(readOnly = true)
    public CitizenAppeal appeal(String number) {
        return jdbc.sql("SELECT * FROM election.citizen_appeal WHERE appeal_number = ?").param(number)
                .query((rs, n) -> new CitizenAppeal(rs.getString("appeal_number"), rs.getString("election_number"),
                        rs.getString("citizen_name"), rs.getString("citizen_contact"),
                        rs.getObject("received_on", LocalDate.class), rs.getString("summary"), rs.getString("recorded_by"),
                        rs.getString("outcome"), rs.getString("outcome_note"), rs.getString("motion_number"),
                        rs.getString("answered_by"), instant(rs, "answered_at"), rs.getString("citizen_email"),
                        rs.getString("citizen_language"), rs.getObject("forward_due_on", LocalDate.class),
                        rs.getObject("answer_due_on", LocalDate.class), rs.getString("forwarded_to"),
                        rs.getObject("forwarded_on", LocalDate.class), rs.getObject("extended_until", LocalDate.class),
                        rs.getString("extension_reason"), rs.getObject("extended_on", LocalDate.class),
                        rs.getObject("extension_notice_due_on", LocalDate.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Citizens' appeal", number));
    }

    private static void line(List<FieldViolation> violations, String field, String value, int maxLength) {
        TextRules.problemWithLine(value, maxLength).ifPresent(p -> violations.add(new FieldViolation(field, p)));
    }
}
