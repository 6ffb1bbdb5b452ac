package kz.election.finance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRepository;
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.ElectionTime;
import kz.election.common.InvalidInputException;
import kz.election.common.TextRules;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.model.CampaignFinanceModel;
import kz.election.platform.EngineUsers;
import kz.election.ruleset.FinanceRules;
import kz.election.ruleset.RulesetCatalog;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidates' reports on their election funds (docs/RULES.md, Money): each registered candidate's
 * report falls due when the result is published, is submitted by the candidate's side or recorded by the
 * commission from paper, and a late or missing one is the commission's to decide on. It joins the
 * caller's transaction.
 */
@Service
@Transactional
public class FundReports {

    public static final String ACCEPT_LATE = "ACCEPT_LATE";
    public static final String REFER = "REFER";

    /** A report that fell due: the candidate's process starts with these dates. */
    public record Opening(String electionNumber, String nominationReference, Instant dueAt, Instant reminderAt) {
        public String businessKey() {
            return FundReports.businessKey(electionNumber, nominationReference);
        }
    }

    private static final String SEPARATOR = "/fund/";
    private static final String COLUMNS = """
            n.reference_number, n.registration_number, n.full_name, f.due_at, f.public_funding, f.income, f.spending,
            f.spending_total, f.submitted_via, f.submitted_by, f.submitted_at, f.decision, f.decision_reasons,
            f.decided_by, f.decided_at
            FROM election.fund_report f JOIN election.nomination n ON n.id = f.nomination_id""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final NominationRepository nominations;
    private final ElectionService elections;
    private final RulesetCatalog rulesets;
    private final DecisionLog decisionLog;
    private final RuntimeService runtimeService;
    private final EngineUsers engineUsers;

    public FundReports(JdbcClient jdbc, ObjectMapper json, NominationRepository nominations, ElectionService elections,
                       RulesetCatalog rulesets, DecisionLog decisionLog, RuntimeService runtimeService,
                       EngineUsers engineUsers) {
        this.engineUsers = engineUsers;
        this.jdbc = jdbc;
        this.json = json;
        this.nominations = nominations;
        this.elections = elections;
        this.rulesets = rulesets;
        this.decisionLog = decisionLog;
        this.runtimeService = runtimeService;
    }

    /** The business key of a candidate's campaignFinance process: {@code {election}/fund/{nomination}}. */
    public static String businessKey(String electionNumber, String nominationReference) {
        return electionNumber + SEPARATOR + nominationReference;
    }

    /** The nomination a campaignFinance business key names. */
    public static String nominationOf(String businessKey) {
        int at = businessKey.indexOf(SEPARATOR);
        if (at < 0) {
            throw new IllegalArgumentException("not a fund report's key: " + businessKey);
        }
        return businessKey.substring(at + SEPARATOR.length());
    }

    /** The money rules of the election's ruleset; empty for a ruleset written before them. */
    @Transactional(readOnly = true)
    public Optional<FinanceRules> rules(Election election) {
        return rulesets.byId(election.rulesetId()).financeRules();
    }

    /**
     * The result was published: each registered candidate's report falls due at the end of the ruleset's
     * day after publication (the territory's local day), with the equal public funding on it. Reports due
     * already (a republished result) are not opened again. Empty under a ruleset without money rules.
     */
    public List<Opening> open(String electionNumber, Instant publishedAt) {
        Election election = elections.byNumber(electionNumber);
        Optional<FinanceRules> rules = rules(election);
        if (rules.isEmpty()) {
            return List.of();
        }
        ZoneId zone = ElectionTime.zoneOf(election.territoryCode());
        Instant due = publishedAt.atZone(zone).toLocalDate()
                .plusDays(rules.get().fundReportDueDaysAfterResult().value() + 1L).atStartOfDay(zone).toInstant();
        Instant reminder = due.minus(Duration.ofDays(rules.get().fundReportReminderDaysBefore().value()));
        BigDecimal funding = BigDecimal.valueOf(rules.get().publicFundingPerCandidateTenge().value()).setScale(2);
        List<Opening> openings = new ArrayList<>();
        for (var candidate : nominations.registeredInOrder(electionNumber)) {
            String reference = nominations.byRegistrationNumber(candidate.registrationNumber()).orElseThrow()
                    .referenceNumber();
            int inserted = jdbc.sql("""
                            INSERT INTO election.fund_report (nomination_id, due_at, public_funding)
                            SELECT id, ?, ? FROM election.nomination WHERE reference_number = ?
                            ON CONFLICT (nomination_id) DO NOTHING""")
                    .params(Timestamp.from(due), funding, reference).update();
            if (inserted > 0) {
                openings.add(new Opening(electionNumber, reference, due, reminder));
            }
        }
        return openings;
    }

    /**
     * The result was published: opens each registered candidate's report ({@link #open}) and starts the
     * candidate's campaignFinance process with its dates, business key {@code {election}/fund/{nomination}}.
     */
    public List<Opening> afterPublication(String electionNumber, Instant publishedAt) {
        List<Opening> openings = open(electionNumber, publishedAt);
        // the system starts them, whoever published the result (their grants cover the election, not these)
        for (Opening opening : openings) {
            engineUsers.withoutAuthorization(() -> runtimeService.startProcessInstanceByKey(CampaignFinanceModel.PROCESS,
                    opening.businessKey(), Map.of(
                            kz.election.model.ElectionModel.Variables.ELECTION_NUMBER, electionNumber,
                            CampaignFinanceModel.Variables.FUND_REPORT_DUE_AT, java.util.Date.from(opening.dueAt()),
                            CampaignFinanceModel.Variables.FUND_REPORT_REMINDER_AT, java.util.Date.from(opening.reminderAt()))));
        }
        return openings;
    }

    @Transactional(readOnly = true)
    public Optional<FundReport> report(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE n.reference_number = ?").param(reference)
                .query(this::row).optional();
    }

    @Transactional(readOnly = true)
    public List<FundReport> ofElection(String electionNumber) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         JOIN election.election e ON e.id = n.election_id
                         WHERE e.election_number = ? ORDER BY n.registration_order""")
                .param(electionNumber).query(this::row).list();
    }

    /**
     * Stores the report once (checked: exact sums, known categories, spending not above income) and tells
     * the candidate's process; a report after the deadline is stored as late, for the commission to decide on.
     */
    public FundReport submit(String reference, FundReportRequest request, String by) {
        Nomination nomination = nominations.byReference(reference);
        elections.requireOrganizerSeat(nomination.electionNumber(), by, "The fund report of " + reference);
        FundReport due = report(reference).orElseThrow(() -> new ConflictException("no fund report of " + reference
                + " is due: reports fall due for registered candidates when the result is published"));
        if (due.submittedAt() != null) {
            throw new ConflictException("the fund report of " + reference + " was submitted on " + due.submittedAt()
                    + " by " + due.submittedBy() + "; it is not replaced");
        }
        var violations = FundReportRules.violations(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        FundReportRules.CheckedReport report = FundReportRules.checked(request);
        Map<String, String> spending = new LinkedHashMap<>();
        report.spending().forEach((category, amount) -> spending.put(category.name(), amount.toPlainString()));
        Instant now = ElectionTime.now();
        jdbc.sql("""
                        UPDATE election.fund_report f SET income = ?, spending = ?::jsonb, spending_total = ?,
                            submitted_via = ?, submitted_by = ?, submitted_at = ?
                        FROM election.nomination n WHERE n.id = f.nomination_id AND n.reference_number = ?""")
                .params(report.income(), write(spending), report.spendingTotal(),
                        request.fromPaper() ? "PAPER" : "CANDIDATE", by, Timestamp.from(now), reference)
                .update();
        boolean late = now.isAfter(due.dueAt());
        decisionLog.record(new DecisionEntry(by, reference, null, null, late ? "FUND_REPORT_LATE" : "FUND_REPORT_FILED",
                "income " + report.income().toPlainString() + ", spending " + report.spendingTotal().toPlainString()
                        + (request.fromPaper() ? ", recorded from paper" : ""), write(Map.of("electionNumber",
                        nomination.electionNumber(), "dueAt", due.dueAt().toString()))));
        // in time the candidate's process waits for it; after the deadline the commission's task has it. The
        // caller's seat was checked above; the message is the application's, not a grant of the caller's
        engineUsers.withoutAuthorization(() -> runtimeService.createMessageCorrelation(
                        CampaignFinanceModel.Messages.FUND_REPORT_FILED)
                .processInstanceBusinessKey(businessKey(nomination.electionNumber(), reference))
                .correlateAllWithResult());
        return report(reference).orElseThrow();
    }

    /**
     * The commission's decision on a report that was late or is missing: ACCEPT_LATE needs the report
     * stored (recorded from paper, if need be), REFER passes the matter on; both need the reasons.
     */
    public FundReport decideLate(String reference, String decision, String reasons, String by, String processInstanceId) {
        Nomination nomination = nominations.byReference(reference);
        elections.requireOrganizerSeat(nomination.electionNumber(), by, "The decision on the fund report of " + reference);
        FundReport report = report(reference).orElseThrow(() -> new ConflictException("no fund report of "
                + reference + " is due"));
        var violations = new ArrayList<FieldViolation>();
        if (!ACCEPT_LATE.equals(decision) && !REFER.equals(decision)) {
            violations.add(new FieldViolation(CampaignFinanceModel.Variables.LATE_REPORT_DECISION,
                    "choose ACCEPT_LATE or REFER"));
        } else if (ACCEPT_LATE.equals(decision) && report.submittedAt() == null) {
            violations.add(new FieldViolation(CampaignFinanceModel.Variables.LATE_REPORT_DECISION,
                    "ACCEPT_LATE needs the report: record it first (from paper, if need be), then accept it"));
        }
        if (reasons == null || reasons.isBlank()) {
            violations.add(new FieldViolation(CampaignFinanceModel.Variables.LATE_REPORT_REASONS,
                    "is required: the commission's reasons"));
        } else {
            TextRules.problemWithLine(reasons.replace('\n', ' '), 4000).ifPresent(problem -> violations.add(
                    new FieldViolation(CampaignFinanceModel.Variables.LATE_REPORT_REASONS, problem)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                        UPDATE election.fund_report f SET decision = ?, decision_reasons = ?, decided_by = ?, decided_at = ?
                        FROM election.nomination n WHERE n.id = f.nomination_id AND n.reference_number = ?""")
                .params(decision, reasons.strip(), by, Timestamp.from(ElectionTime.now()), reference).update();
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId,
                CampaignFinanceModel.Elements.DECIDE_ON_MISSING_REPORT, "FUND_REPORT_" + decision, reasons.strip(),
                write(Map.of("electionNumber", nomination.electionNumber()))));
        return report(reference).orElseThrow();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private FundReport row(ResultSet rs, int row) throws SQLException {
        Map<String, BigDecimal> spending = null;
        String stored = rs.getString("spending");
        if (stored != null) {
            try {
                Map<String, String> texts = json.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() { });
                spending = new LinkedHashMap<>();
                for (var line : texts.entrySet()) {
                    spending.put(line.getKey(), new BigDecimal(line.getValue()));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("stored spending cannot be read: " + stored, e);
            }
        }
        Instant due = rs.getTimestamp("due_at").toInstant();
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp decided = rs.getTimestamp("decided_at");
        boolean late = submitted == null ? ElectionTime.now().isAfter(due) : submitted.toInstant().isAfter(due);
        return new FundReport(rs.getString("reference_number"), rs.getString("registration_number"),
                rs.getString("full_name"), due, rs.getBigDecimal("public_funding"), rs.getBigDecimal("income"), spending,
                rs.getBigDecimal("spending_total"), rs.getString("submitted_via"), rs.getString("submitted_by"),
                submitted == null ? null : submitted.toInstant(), late, rs.getString("decision"),
                rs.getString("decision_reasons"), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
    }
}
