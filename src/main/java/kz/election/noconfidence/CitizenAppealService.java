package kz.election.noconfidence;

import static kz.election.common.ElectionTime.now;
import static kz.election.common.ElectionTime.today;
import static kz.election.common.StoredRows.instant;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' appeals asking the maslikhat for a motion of no confidence: recorded by the secretariat,
 * routed to it as a task, and answered with the motion that was filed or why none will be. The row
 * keeps who wrote it; the {@link DecisionLog} who answered. It joins the caller's transaction.
 */
@Service
@Transactional
public class CitizenAppealService {

    private static final int MAX_NAME = 200;
    private static final int MAX_CONTACT = 320;
    private static final int MAX_SUMMARY = 4000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final DecisionLog decisionLog;
    private final RuntimeService runtimeService;
    private final CaseRegistry registry;
    private final MotionService motions;
    private final ElectionService elections;

    CitizenAppealService(JdbcClient jdbc, ObjectMapper json, DecisionLog decisionLog, RuntimeService runtimeService,
                         CaseRegistry registry, MotionService motions, ElectionService elections) {
        this.elections = elections;
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
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        elections.requireOrganizerSeat(election, by, "A citizens' appeal about the akim");
        String number = registry.nextNumber("NCA", receivedOn.getYear());
        jdbc.sql("""
                        INSERT INTO election.citizen_appeal (appeal_number, election_number, citizen_name, citizen_contact,
                          received_on, summary, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, election, request.citizenName().strip(), FormValues.text(request.citizenContact()),
                        receivedOn, request.summary().strip(), by, Timestamp.from(now()))
                .update();
        runtimeService.createMessageCorrelation(NoConfidenceModel.Messages.CITIZEN_APPEAL_RECORDED)
                .processInstanceBusinessKey(number)
                .setVariable("appealNumber", number)
                .setVariable("electionNumber", election)
                // who wrote it stays on the row (GET /api/no-confidence/appeals/{number}); history keeps the matter only
                .setVariable("appealSummary", "Appeal " + number + " of " + receivedOn + ": " + request.summary().strip())
                .correlateStartMessage();
        return appeal(number);
    }

    /** The secretariat's answer: a motion was filed (named) or none will be, with the reason. */
    public CitizenAppeal answerAppeal(String appealNumber, String outcome, String note, String motionNumber, String by,
                                      String processInstanceId) {
        CitizenAppeal appeal = appeal(appealNumber);
        if (appeal.outcome() != null) {
            throw new ConflictException("Appeal " + appealNumber + " was already answered");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!"MOTION_FILED".equals(outcome) && !"NO_MOTION".equals(outcome)) {
            violations.add(new FieldViolation("appealOutcome", "choose MOTION_FILED or NO_MOTION"));
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
                toJson(json, Map.of("motionNumber", String.valueOf(motionNumber)))));
        return appeal(appealNumber);
    }

    @Transactional(readOnly = true)
    public CitizenAppeal appeal(String number) {
        return jdbc.sql("SELECT * FROM election.citizen_appeal WHERE appeal_number = ?").param(number)
                .query((rs, n) -> new CitizenAppeal(rs.getString("appeal_number"), rs.getString("election_number"),
                        rs.getString("citizen_name"), rs.getString("citizen_contact"),
                        rs.getObject("received_on", LocalDate.class), rs.getString("summary"), rs.getString("recorded_by"),
                        rs.getString("outcome"), rs.getString("outcome_note"), rs.getString("motion_number"),
                        rs.getString("answered_by"), instant(rs, "answered_at")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Citizens' appeal", number));
    }

    private static void line(List<FieldViolation> violations, String field, String value, int maxLength) {
        TextRules.problemWithLine(value, maxLength).ifPresent(p -> violations.add(new FieldViolation(field, p)));
    }
}
