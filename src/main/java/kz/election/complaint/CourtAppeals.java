package kz.election.complaint;

import static kz.election.common.ElectionTime.now;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.TextRules;
import kz.election.model.ComplaintModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A court appeal of the commission's decision: staff record the appeal and the court's ruling, and a
 * ruling that overturns the decision has its own remedy sent on. Joins the caller's transaction.
 */
@Service
@Transactional
public class CourtAppeals {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ComplaintService complaints;
    private final Remedies remedies;
    private final DecisionLog decisionLog;

    public CourtAppeals(JdbcClient jdbc, ObjectMapper json, ComplaintService complaints, Remedies remedies,
                        DecisionLog decisionLog) {
        this.jdbc = jdbc;
        this.json = json;
        this.complaints = complaints;
        this.remedies = remedies;
        this.decisionLog = decisionLog;
    }

    /** Staff record that the commission's decision was appealed to court. */
    public Complaint recordAppeal(String number, String courtName, LocalDate appealedOn, String caseNumber, String by,
                                  String processInstanceId) {
        Complaint c = complaints.byNumber(number);
        ComplaintService.requireStatus(c, ComplaintStatus.DECIDED);
        List<FieldViolation> v = new ArrayList<>();
        ComplaintService.line(v, ComplaintVariables.COURT_NAME, courtName, ComplaintService.MAX_LINE);
        ComplaintService.line(v, ComplaintVariables.CASE_NUMBER, caseNumber, 64);
        ZoneId zone = complaints.zone(c);
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
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ComplaintModel.Elements.RECORD_COURT_APPEAL, "APPEALED",
                courtName.strip() + ", case " + caseNumber.strip(), toJson(json, Map.of("appealedOn", appealedOn.toString()))));
        return complaints.byNumber(number);
    }

    /**
     * Staff record the court's ruling. A ruling that overturns the commission's decision orders its own
     * remedy, checked like the commission's; one that upholds the decision orders none.
     */
    public Complaint recordRuling(String number, String ruling, LocalDate ruledOn, String summary, Remedy remedy,
                                  String by, String processInstanceId) {
        Complaint c = complaints.byNumber(number);
        ComplaintService.requireStatus(c, ComplaintStatus.APPEALED);
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
        ZoneId zone = complaints.zone(c);
        if (ruledOn == null) {
            v.add(new FieldViolation(ComplaintVariables.RULED_ON, "is required: the day of the ruling"));
        } else if (ruledOn.isBefore(c.courtAppeal().appealedOn())) {
            v.add(new FieldViolation(ComplaintVariables.RULED_ON, "the ruling cannot precede the appeal of "
                    + c.courtAppeal().appealedOn()));
        } else if (ruledOn.isAfter(LocalDate.ofInstant(now(), zone))) {
            v.add(new FieldViolation(ComplaintVariables.RULED_ON, "cannot lie in the future (" + ruledOn + ")"));
        }
        TextRules.problemWithLine(summary == null ? null : summary.replaceAll("\\R|\\t", " "), ComplaintService.MAX_TEXT)
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
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ComplaintModel.Elements.RECORD_COURT_RULING,
                "COURT_" + parsed.name(), summary.strip(),
                toJson(json, ordered == null ? Map.of() : Map.of("remedy", ordered.describe()))));
        return complaints.byNumber(number);
    }

    /** Sends the remedy the court ordered and notes when; a retried step finds it applied and sends nothing. */
    public void applyRemedy(String number) {
        Complaint c = complaints.byNumber(number);
        CourtAppeal appeal = c.courtAppeal();
        if (appeal == null || appeal.remedy() == null) {
            throw new ConflictException("complaint " + number + " has no court remedy to apply");
        }
        if (appeal.remedyAppliedAt() != null) {
            return;
        }
        remedies.send(c.electionNumber(), number, appeal.remedy());
        jdbc.sql("""
                        UPDATE election.court_appeal SET remedy_applied_at = ?
                        WHERE complaint_id = (SELECT id FROM election.complaint WHERE complaint_number = ?)""")
                .params(Timestamp.from(now()), number).update();
    }
}
