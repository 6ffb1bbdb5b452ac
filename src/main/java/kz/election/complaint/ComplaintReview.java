package kz.election.complaint;

import static kz.election.common.ElectionTime.now;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
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
 * The commission's review of an admissible complaint: its decision (dismiss, or uphold with a remedy),
 * an overdue review noted on the row, and the remedy it ordered sent on. Joins the caller's transaction.
 */
@Service
@Transactional
public class ComplaintReview {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ComplaintService complaints;
    private final Remedies remedies;
    private final DecisionLog decisionLog;

    public ComplaintReview(JdbcClient jdbc, ObjectMapper json, ComplaintService complaints, Remedies remedies,
                           DecisionLog decisionLog) {
        this.jdbc = jdbc;
        this.json = json;
        this.complaints = complaints;
        this.remedies = remedies;
        this.decisionLog = decisionLog;
    }

    /**
     * The commission's decision. Reasons are required either way; upholding needs a remedy that can act
     * on the election as it stands (checked by {@link Remedies#problems}).
     */
    public DecisionOutcome decide(String number, ComplaintDecision d, String by, String processInstanceId) {
        Complaint c = complaints.byNumber(number);
        ComplaintService.requireStatus(c, ComplaintStatus.UNDER_REVIEW);
        List<FieldViolation> v = new ArrayList<>();
        boolean uphold = ComplaintDecision.UPHOLD.equals(d.decision());
        if (!uphold && !ComplaintDecision.DISMISS.equals(d.decision())) {
            v.add(new FieldViolation(ComplaintVariables.DECISION, "choose DISMISS or UPHOLD"));
        }
        TextRules.problemWithLine(d.reasons() == null ? null : d.reasons().replaceAll("\\R|\\t", " "), ComplaintService.MAX_TEXT)
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
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ComplaintModel.Elements.REVIEW_COMPLAINT,
                uphold ? "UPHELD" : "DISMISSED", d.reasons().strip(),
                toJson(json, ordered == null ? Map.of() : Map.of("remedy", ordered.describe()))));
        return new DecisionOutcome(uphold, complaints.appealDeadline(complaints.byNumber(number)));
    }

    /** The review deadline passed without a decision: kept on the row for supervisors and reports. */
    public void markReviewOverdue(String number) {
        jdbc.sql("UPDATE election.complaint SET review_overdue_at = ? WHERE complaint_number = ? AND decision IS NULL")
                .params(Timestamp.from(now()), number).update();
    }

    /** Sends the remedy the commission ordered and notes when; a retried step finds it applied and sends nothing. */
    public void applyRemedy(String number) {
        Complaint c = complaints.byNumber(number);
        if (c.remedy() == null) {
            throw new ConflictException("complaint " + number + " has no remedy to apply");
        }
        if (c.remedyAppliedAt() != null) {
            return;
        }
        remedies.send(c.electionNumber(), number, c.remedy());
        jdbc.sql("UPDATE election.complaint SET remedy_applied_at = ? WHERE complaint_number = ?")
                .params(Timestamp.from(now()), number).update();
    }
}
