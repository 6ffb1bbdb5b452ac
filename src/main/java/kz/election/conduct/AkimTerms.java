package kz.election.conduct;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.election.AkimTerm;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ResultVersion;
import kz.election.election.TermEndReason;
import kz.election.model.ElectionModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The elected akim's term (PROCESS-CONTRACTS.md: {@code sitting}, {@code end}). The territorial
 * commission certifies and registers the winner of the current published result; the term lasts the
 * ruleset's years.
 */
@Service
@Transactional
public class AkimTerms {

    private final JdbcClient jdbc;
    private final ElectionService elections;
    private final ElectionResults results;
    private final DecisionLog decisionLog;

    public AkimTerms(JdbcClient jdbc, ElectionService elections, ElectionResults results, DecisionLog decisionLog) {
        this.jdbc = jdbc;
        this.elections = elections;
        this.results = results;
        this.decisionLog = decisionLog;
    }

    /**
     * Certifies and registers the winner of the current published result.
     *
     * @param termFrom the akim's first day in office: not before election day; for a REGULAR election not
     *                 before the sitting akim's term has ended
     */
    public AkimTerm certify(String number, LocalDate termFrom, String by, String processInstanceId) {
        Election election = elections.byNumber(number);
        ResultVersion result = results.current(number)
                .orElseThrow(() -> new ConflictException("election " + number + " has no result to certify"));
        if (!result.published() || !"ELECTED".equals(result.outcome())) {
            throw new ConflictException("the current result (version " + result.version() + ", " + result.outcome()
                    + ") of " + number + " elects nobody; it cannot be certified");
        }
        if (sitting(number).isPresent() || exists(number)) {
            throw new ConflictException("the akim of " + number + " is already certified");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (termFrom == null) {
            violations.add(new FieldViolation("termFrom", "enter the akim's first day in office (YYYY-MM-DD)"));
        } else if (termFrom.isBefore(election.electionDay())) {
            violations.add(new FieldViolation("termFrom", "the term cannot start before election day " + election.electionDay()));
        } else if (election.termEnd() != null && !termFrom.isAfter(election.termEnd())) {
            violations.add(new FieldViolation("termFrom", "the sitting akim's term ends on " + election.termEnd()
                    + "; the new term starts the day after at the earliest"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int years = elections.ruleset(number).termYears().value();
        LocalDate termTo = termFrom.plusYears(years).minusDays(1);
        jdbc.sql("""
                        INSERT INTO election.akim_term (election_id, registration_number, akim_name, result_version,
                          term_from, term_to, certified_by, certified_at)
                        VALUES ((SELECT id FROM election.election WHERE election_number = ?), ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, result.winnerRegistrationNumber(), result.winnerName(), result.version(), termFrom,
                        termTo, by, Timestamp.from(ElectionTime.now()))
                .update();
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ElectionModel.Elements.CERTIFY_AKIM, "AKIM_CERTIFIED",
                result.winnerName() + " (" + result.winnerRegistrationNumber() + ")",
                "{\"termFrom\":\"" + termFrom + "\",\"termTo\":\"" + termTo + "\",\"resultVersion\":" + result.version() + "}"));
        return term(number).orElseThrow();
    }

    /** The akim certified by that election whose term has not ended (by a recorded end or by its last day). */
    @Transactional(readOnly = true)
    public Optional<AkimTerm> sitting(String number) {
        LocalDate today = ElectionTime.today();
        return term(number).filter(t -> t.endedOn() == null && !today.isAfter(t.termTo()));
    }

    /** Records the early end of the term (dismissal after no confidence, resignation, death). */
    public AkimTerm end(String number, TermEndReason reason, LocalDate endedOn, String reference, String by) {
        AkimTerm term = sitting(number).orElseThrow(() -> new ConflictException(
                "election " + number + " has no sitting akim whose term could end"));
        List<FieldViolation> violations = new ArrayList<>();
        if (reason == null) {
            violations.add(new FieldViolation("reason", "choose DISMISSED, RESIGNED or DIED"));
        }
        if (endedOn == null || endedOn.isBefore(term.termFrom())) {
            violations.add(new FieldViolation("endedOn", "the day the term ended, not before it began on " + term.termFrom()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                        UPDATE election.akim_term SET ended_on = ?, end_reason = ?, end_reference = ?, ended_by = ?
                        WHERE election_id = (SELECT id FROM election.election WHERE election_number = ?)""")
                .params(endedOn, reason.name(), reference, by, number).update();
        decisionLog.record(new DecisionEntry(by, number, null, null, "AKIM_TERM_ENDED", reason.name(),
                "{\"endedOn\":\"" + endedOn + "\"}"));
        return term(number).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<AkimTerm> term(String number) {
        elections.byNumber(number);
        return jdbc.sql("""
                        SELECT t.*, e.election_number FROM election.akim_term t JOIN election.election e ON e.id = t.election_id
                        WHERE e.election_number = ?""")
                .param(number).query(this::row).optional();
    }

    private boolean exists(String number) {
        return term(number).isPresent();
    }

    private AkimTerm row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("end_reason");
        return new AkimTerm(rs.getString("election_number"), rs.getString("registration_number"),
                rs.getString("akim_name"), rs.getInt("result_version"), rs.getObject("term_from", LocalDate.class),
                rs.getObject("term_to", LocalDate.class), rs.getString("certified_by"),
                rs.getTimestamp("certified_at").toInstant(), rs.getObject("ended_on", LocalDate.class),
                reason == null ? null : TermEndReason.valueOf(reason), rs.getString("end_reference"),
                rs.getString("ended_by"));
    }
}
