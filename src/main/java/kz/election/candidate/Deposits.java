package kz.election.candidate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.TextRules;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.ruleset.Certainty;
import kz.election.ruleset.Cited;
import kz.election.ruleset.Level;
import kz.election.ruleset.MinimumWages;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nominees' election deposits: the amount an election requires (the minimum wage of the election
 * day's year times the level's number of them, docs/RULES.md, Money), the receipt as recorded, a
 * candidate's death, and the refund decided after the result. It joins the caller's transaction.
 */
@Service
@Transactional
public class Deposits {

    private static final String COLUMNS = """
            n.reference_number, d.amount, d.paid_on, d.payment_reference, d.recorded_by, d.recorded_at,
            d.refund_decision, d.refund_ground, d.vote_share_percent, d.refund_decided_at
            FROM election.candidate_deposit d JOIN election.nomination n ON n.id = d.nomination_id""";

    /**
     * The deposit an election requires: its amount with the year's minimum wage it was computed from.
     *
     * @param unconfirmed the year's minimum wage or the level's number of them is marked U
     */
    public record Requirement(BigDecimal amount, int minimumWages, Cited<BigDecimal> minimumWage, boolean unconfirmed) {
    }

    private final JdbcClient jdbc;
    private final NominationRepository nominations;
    private final ElectionService elections;
    private final RulesetCatalog rulesets;
    private final MinimumWages minimumWages;
    private final DecisionLog decisionLog;

    public Deposits(JdbcClient jdbc, NominationRepository nominations, ElectionService elections,
                    RulesetCatalog rulesets, MinimumWages minimumWages, DecisionLog decisionLog) {
        this.jdbc = jdbc;
        this.nominations = nominations;
        this.elections = elections;
        this.rulesets = rulesets;
        this.minimumWages = minimumWages;
        this.decisionLog = decisionLog;
    }

    /**
     * What the election requires: empty when its ruleset predates the amount check (the receipt's number is
     * enough there) or its level needs no deposit.
     */
    @Transactional(readOnly = true)
    public Optional<Requirement> requirement(Election election) {
        return requirement(rulesets.byId(election.rulesetId()), election.level(), election.electionDay(), minimumWages);
    }

    /**
     * The deposit of an election of that level and day under the ruleset: the minimum wage of the election
     * day's year times the level's number of them; empty where the ruleset predates the amount check or the
     * level needs no deposit. A year without its minimum wage is a gap in the data file, named.
     */
    public static Optional<Requirement> requirement(Ruleset ruleset, Level level, LocalDate electionDay,
                                                    MinimumWages minimumWages) {
        if (ruleset.financeRules().isEmpty() || !ruleset.eligibility().depositRequired(level)) {
            return Optional.empty();
        }
        Cited<Integer> count = ruleset.eligibility().depositMinimumWages().get(level);
        Year year = Year.from(electionDay);
        Cited<BigDecimal> wage = minimumWages.of(year).orElseThrow(() -> new IllegalStateException(
                "no minimum wage for " + year + " in " + MinimumWages.LOCATION + ": add the year's line from its budget law"));
        return Optional.of(new Requirement(wage.value().multiply(BigDecimal.valueOf(count.value())).setScale(2),
                count.value(), wage, wage.certainty() == Certainty.U || count.certainty() == Certainty.U));
    }

    @Transactional(readOnly = true)
    public Optional<DepositReceipt> receipt(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE n.reference_number = ?").param(reference)
                .query(Deposits::receipt).optional();
    }

    /**
     * Records the receipt of a nomination not yet decided on, replacing an earlier one; a refused field is
     * named and nothing is written. Whether it suffices is the eligibility check's finding, at the decision.
     */
    public DepositReceipt record(String reference, DepositRequest request, String by, String processInstanceId) {
        Nomination nomination = nominations.byReference(reference);
        if (nomination.status() != NominationStatus.FILED && nomination.status() != NominationStatus.UNDER_REVIEW) {
            throw new ConflictException("nomination " + reference + " is " + nomination.status()
                    + ": its deposit is recorded before the commission decides on it");
        }
        Election election = elections.byNumber(nomination.electionNumber());
        elections.requireOrganizerSeat(election.number(), by, "The deposit of nomination " + reference);
        Optional<Requirement> requirement = requirement(election);
        if (requirement.isEmpty()) {
            throw new InvalidInputException("amount", "election " + election.number() + " (" + election.level()
                    + ") requires no deposit amount to be recorded under its ruleset " + election.rulesetId());
        }
        List<FieldViolation> violations = violations(request, election);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                        INSERT INTO election.candidate_deposit
                            (nomination_id, amount, paid_on, payment_reference, recorded_by, recorded_at)
                        SELECT id, ?, ?, ?, ?, ? FROM election.nomination WHERE reference_number = ?
                        ON CONFLICT (nomination_id) DO UPDATE SET amount = EXCLUDED.amount, paid_on = EXCLUDED.paid_on,
                            payment_reference = EXCLUDED.payment_reference, recorded_by = EXCLUDED.recorded_by,
                            recorded_at = EXCLUDED.recorded_at""")
                .params(request.amount(), Date.valueOf(request.paidOn()), request.paymentReference().strip(), by,
                        Timestamp.from(ElectionTime.now()), reference)
                .update();
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, null, "DEPOSIT_RECORDED",
                Money.tenge(request.amount()) + " paid on " + request.paidOn() + ", reference "
                        + request.paymentReference().strip() + " (" + Money.tenge(requirement.get().amount()) + " required)",
                null));
        return receipt(reference).orElseThrow();
    }

    /** The candidate died: a deposit is refunded on it (docs/RULES.md, Money). Recorded once. */
    public void recordDeath(String reference, LocalDate diedOn, String by) {
        Nomination nomination = nominations.byReference(reference);
        elections.requireOrganizerSeat(nomination.electionNumber(), by, "The death of candidate " + reference);
        if (diedOn == null) {
            throw new InvalidInputException("diedOn", "is required: the date of death (YYYY-MM-DD)");
        }
        if (diedOn.isAfter(ElectionTime.today()) || diedOn.isBefore(ElectionTime.dateOf(nomination.filedAt()))) {
            throw new InvalidInputException("diedOn", "must lie between the filing of the nomination and today, was " + diedOn);
        }
        int inserted = jdbc.sql("""
                        INSERT INTO election.candidate_death (nomination_id, died_on, recorded_by, recorded_at)
                        SELECT id, ?, ?, ? FROM election.nomination WHERE reference_number = ? ON CONFLICT DO NOTHING""")
                .params(Date.valueOf(diedOn), by, Timestamp.from(ElectionTime.now()), reference).update();
        if (inserted == 0) {
            throw new ConflictException("the death of candidate " + reference + " is recorded already");
        }
        decisionLog.record(new DecisionEntry(by, reference, null, null, "CANDIDATE_DIED", "died on " + diedOn, null));
    }

    @Transactional(readOnly = true)
    public boolean died(String reference) {
        return jdbc.sql("""
                        SELECT count(*) FROM election.candidate_death c JOIN election.nomination n ON n.id = c.nomination_id
                        WHERE n.reference_number = ?""").param(reference).query(Long.class).single() > 0;
    }

    /** Keeps the refund decided after the result; decided once, so a revised result does not decide it again. */
    public boolean recordRefund(String reference, String decision, String ground, BigDecimal voteSharePercent) {
        return jdbc.sql("""
                        UPDATE election.candidate_deposit d SET refund_decision = ?, refund_ground = ?,
                            vote_share_percent = ?, refund_decided_at = ?
                        FROM election.nomination n
                        WHERE n.id = d.nomination_id AND n.reference_number = ? AND d.refund_decision IS NULL""")
                .params(decision, ground, voteSharePercent, Timestamp.from(ElectionTime.now()), reference)
                .update() > 0;
    }

    private static List<FieldViolation> violations(DepositRequest request, Election election) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null) {
            return List.of(new FieldViolation("amount", "is required"), new FieldViolation("paidOn", "is required"),
                    new FieldViolation("paymentReference", "is required"));
        }
        Money.problem("amount", request.amount(), false).ifPresent(violations::add);
        if (request.paidOn() == null) {
            violations.add(new FieldViolation("paidOn", "is required: the payment's date (YYYY-MM-DD)"));
        } else if (request.paidOn().isAfter(ElectionTime.today())) {
            violations.add(new FieldViolation("paidOn", "lies in the future: " + request.paidOn()));
        } else if (request.paidOn().isBefore(election.callDate())) {
            violations.add(new FieldViolation("paidOn", request.paidOn() + " is before the election was called ("
                    + election.callDate() + ")"));
        }
        if (request.paymentReference() == null || request.paymentReference().isBlank()) {
            violations.add(new FieldViolation("paymentReference", "is required: the bank's reference of the payment"));
        } else {
            TextRules.problemWithLine(request.paymentReference(), 100)
                    .ifPresent(problem -> violations.add(new FieldViolation("paymentReference", problem)));
        }
        return violations;
    }

    private static DepositReceipt receipt(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("refund_decided_at");
        return new DepositReceipt(rs.getString("reference_number"), rs.getBigDecimal("amount"),
                rs.getObject("paid_on", LocalDate.class), rs.getString("payment_reference"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("refund_decision"), rs.getString("refund_ground"),
                rs.getBigDecimal("vote_share_percent"), decided == null ? null : decided.toInstant());
    }
}
