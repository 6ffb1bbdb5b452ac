package kz.election.candidate;

import static kz.election.common.StoredRows.fromJson;
import static kz.election.common.StoredRows.instant;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.election.common.NotFoundException;
import kz.election.platform.FormValues;
import kz.election.ruleset.NominationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nominations as stored (election.nomination and its counters): every read and write of those rows,
 * so the services above it speak of filing, review and removal rather than SQL. Only the candidate
 * services write; other parts read. It joins the caller's transaction.
 */
@Repository
@Transactional
public class NominationRepository {

    private static final String COLUMNS = """
            n.*, e.election_number FROM election.nomination n
            JOIN election.election e ON e.id = n.election_id
            """;
    private static final String FROM = COLUMNS.substring(COLUMNS.indexOf("election.nomination"));

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public NominationRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Nomination byReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE n.reference_number = ?").param(reference)
                .query(this::nomination).optional()
                .orElseThrow(() -> new NotFoundException("Nomination", reference));
    }

    /** The nomination that got this registration number, for the election process's mails to a ballot's candidates. */
    @Transactional(readOnly = true)
    public Optional<Nomination> byRegistrationNumber(String registrationNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE n.registration_number = ?").param(registrationNumber)
                .query(this::nomination).optional();
    }

    /** The ballot's candidates, in registration order, for the election process. */
    @Transactional(readOnly = true)
    public List<RegisteredCandidate> registeredInOrder(String electionNumber) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         WHERE e.election_number = ? AND n.status = 'REGISTERED' ORDER BY n.registration_order""")
                .param(electionNumber).query(this::nomination).list().stream()
                .map(n -> new RegisteredCandidate(n.registrationNumber(), n.fullName(), n.nominatedBy(),
                        n.registrationOrder()))
                .toList();
    }

    /** Nominations still standing (filed, under review or registered): the count that closes nomination. */
    @Transactional(readOnly = true)
    public long countStanding(String electionNumber) {
        return jdbc.sql("SELECT count(*) FROM " + FROM
                        + " WHERE e.election_number = ? AND n.status IN ('FILED', 'UNDER_REVIEW', 'REGISTERED')")
                .param(electionNumber).query(Long.class).single();
    }

    /** Every nomination filed in the election, whatever became of it. */
    @Transactional(readOnly = true)
    public long countNominations(String electionNumber) {
        return jdbc.sql("SELECT count(*) FROM " + FROM + " WHERE e.election_number = ?")
                .param(electionNumber).query(Long.class).single();
    }

    /** Candidates on the ballot now (withdrawn and deregistered ones are not). */
    @Transactional(readOnly = true)
    public long countRegistered(String electionNumber) {
        return jdbc.sql("SELECT count(*) FROM " + FROM + " WHERE e.election_number = ? AND n.status = 'REGISTERED'")
                .param(electionNumber).query(Long.class).single();
    }

    /** The other nominations of the election still standing: whom the nominee may not double. */
    List<Nomination> othersStanding(String electionNumber, String reference) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         WHERE n.election_id = ? AND n.reference_number <> ? AND n.status IN ('FILED', 'UNDER_REVIEW', 'REGISTERED')""")
                .params(electionId(electionNumber), reference).query(this::nomination).list();
    }

    /** The standing nomination of this person in the election, if any. */
    Optional<String> standingWithIin(String electionNumber, String iin) {
        return jdbc.sql("""
                        SELECT reference_number FROM election.nomination WHERE election_id = ? AND iin = ?
                        AND status IN ('FILED', 'UNDER_REVIEW', 'REGISTERED')""")
                .params(electionId(electionNumber), iin).query(String.class).optional();
    }

    /** Stores a filed nomination under the election's next reference number (election-Nnn). */
    Nomination insert(String electionNumber, NominationRequest request, Declarations declarations, Instant filedAt,
                      String filedBy) {
        long electionId = electionId(electionNumber);
        int sequence = jdbc.sql("""
                        INSERT INTO election.nomination_counter AS c (election_id, last_nomination) VALUES (?, 1)
                        ON CONFLICT (election_id) DO UPDATE SET last_nomination = c.last_nomination + 1
                        RETURNING last_nomination""")
                .param(electionId).query(Integer.class).single();
        String reference = "%s-N%02d".formatted(electionNumber, sequence);
        Map<String, LocalDate> documents = new LinkedHashMap<>(request.documents() == null ? Map.of() : request.documents());
        jdbc.sql("""
                        INSERT INTO election.nomination
                          (reference_number, election_id, full_name, iin, birth_date, citizenship, address, email,
                           language, nomination_type, party_name, signatures_submitted, deposit_receipt, documents,
                           declarations, filed_at, filed_by, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?)""")
                .params(reference, electionId, request.fullName().strip(), request.iin(), request.birthDate(),
                        request.citizenship().strip().toUpperCase(), request.address().strip(), request.email().strip(),
                        request.language(), request.nominationType().name(), FormValues.text(request.partyName()),
                        request.signaturesSubmitted() == null ? 0 : request.signaturesSubmitted(),
                        FormValues.text(request.depositReceipt()), toJson(json, documents), toJson(json, declarations),
                        Timestamp.from(filedAt), filedBy, NominationStatus.FILED.name())
                .update();
        return byReference(reference);
    }

    /** The first run of the checks: the checklist, the decision's due date, and the nomination under review. */
    void storeCheck(String reference, List<RuleResult> checklist, Instant checkedAt, Instant decisionDueAt) {
        jdbc.sql("""
                        UPDATE election.nomination SET checklist = CAST(? AS jsonb), checked_at = ?, decision_due_at = ?,
                          status = CASE WHEN status = 'FILED' THEN 'UNDER_REVIEW' ELSE status END
                        WHERE reference_number = ?""")
                .params(toJson(json, checklist), Timestamp.from(checkedAt), Timestamp.from(decisionDueAt), reference)
                .update();
    }

    void storeChecklist(String reference, List<RuleResult> checklist, Instant checkedAt) {
        jdbc.sql("UPDATE election.nomination SET checklist = CAST(? AS jsonb), checked_at = ? WHERE reference_number = ?")
                .params(toJson(json, checklist), Timestamp.from(checkedAt), reference).update();
    }

    void storeSignatureSample(String reference, int checked, int invalid) {
        jdbc.sql("UPDATE election.nomination SET signatures_checked = ?, signatures_invalid = ? WHERE reference_number = ?")
                .params(checked, invalid, reference).update();
    }

    /** What the staff confirmed when reviewing: the declarations and the qualification answers. */
    void storeConfirmations(String reference, Declarations declarations, Map<String, Boolean> qualificationAnswers) {
        jdbc.sql("""
                        UPDATE election.nomination SET declarations = CAST(? AS jsonb),
                          qualification_answers = CAST(? AS jsonb) WHERE reference_number = ?""")
                .params(toJson(json, declarations), toJson(json, qualificationAnswers), reference).update();
    }

    /** Registers the nominee under the election's next registration number (election-Cnn). */
    void register(Nomination nomination, String by, Instant at) {
        int order = nextRegistrationOrder(nomination.electionNumber());
        jdbc.sql("""
                        UPDATE election.nomination SET status = 'REGISTERED', decision = 'REGISTER', decided_by = ?,
                          decided_at = ?, registration_number = ?, registration_order = ? WHERE reference_number = ?""")
                .params(by, Timestamp.from(at), registrationNumber(nomination.electionNumber(), order), order,
                        nomination.referenceNumber())
                .update();
    }

    void refuse(String reference, String by, Instant at, List<String> groundCodes, String reasoning) {
        jdbc.sql("""
                        UPDATE election.nomination SET status = 'REFUSED', decision = 'REFUSE', decided_by = ?,
                          decided_at = ?, ground_codes = CAST(? AS jsonb), reasoning = ? WHERE reference_number = ?""")
                .params(by, Timestamp.from(at), toJson(json, groundCodes), reasoning, reference)
                .update();
    }

    /** Marks the decision overdue, unless it was made meanwhile. */
    void markOverdue(String reference, Instant at) {
        jdbc.sql("""
                        UPDATE election.nomination SET decision_overdue_at = ?
                        WHERE reference_number = ? AND decision IS NULL""")
                .params(Timestamp.from(at), reference).update();
    }

    void withdraw(String reference, String by, Instant at, String reason) {
        jdbc.sql("""
                        UPDATE election.nomination SET status = 'WITHDRAWN', removed_at = ?, removed_by = ?,
                          withdrawal_reason = ? WHERE reference_number = ?""")
                .params(Timestamp.from(at), by, reason, reference).update();
    }

    void deregister(String reference, String by, Instant at, String groundCode, String reason) {
        jdbc.sql("""
                        UPDATE election.nomination SET status = 'DEREGISTERED', removed_at = ?, removed_by = ?,
                          deregistration_ground = ?, deregistration_reason = ?
                        WHERE reference_number = ?""")
                .params(Timestamp.from(at), by, groundCode, reason, reference).update();
    }

    /**
     * Registers a refused or deregistered nominee again: one never registered gets the election's next
     * registration number, a deregistered one keeps theirs; the removal is cleared.
     */
    void restoreRegistration(Nomination nomination, String by, Instant at) {
        String reference = nomination.referenceNumber();
        if (nomination.registrationNumber() == null) {
            int order = nextRegistrationOrder(nomination.electionNumber());
            jdbc.sql("UPDATE election.nomination SET registration_number = ?, registration_order = ? WHERE reference_number = ?")
                    .params(registrationNumber(nomination.electionNumber(), order), order, reference).update();
        }
        jdbc.sql("""
                        UPDATE election.nomination SET status = 'REGISTERED', decision = 'REGISTER', decided_by = ?,
                          decided_at = ?, removed_at = NULL, removed_by = NULL, deregistration_ground = NULL,
                          deregistration_reason = NULL WHERE reference_number = ?""")
                .params(by, Timestamp.from(at), reference).update();
    }

    private int nextRegistrationOrder(String electionNumber) {
        return jdbc.sql("""
                        INSERT INTO election.nomination_counter AS c (election_id, last_registration) VALUES (?, 1)
                        ON CONFLICT (election_id) DO UPDATE SET last_registration = c.last_registration + 1
                        RETURNING last_registration""")
                .param(electionId(electionNumber)).query(Integer.class).single();
    }

    private static String registrationNumber(String electionNumber, int order) {
        return "%s-C%02d".formatted(electionNumber, order);
    }

    private long electionId(String electionNumber) {
        return jdbc.sql("SELECT id FROM election.election WHERE election_number = ?").param(electionNumber)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Election", electionNumber));
    }

    private Nomination nomination(ResultSet rs, int row) throws SQLException {
        List<RuleResult> checklist = fromJson(json, rs.getString("checklist"), new TypeReference<List<RuleResult>>() { });
        List<String> grounds = fromJson(json, rs.getString("ground_codes"), new TypeReference<List<String>>() { });
        return new Nomination(
                rs.getString("reference_number"),
                rs.getString("election_number"),
                rs.getString("full_name"),
                rs.getString("iin"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("citizenship"),
                rs.getString("address"),
                rs.getString("email"),
                rs.getString("language"),
                NominationType.valueOf(rs.getString("nomination_type")),
                rs.getString("party_name"),
                rs.getInt("signatures_submitted"),
                (Integer) rs.getObject("signatures_checked"),
                (Integer) rs.getObject("signatures_invalid"),
                rs.getString("deposit_receipt"),
                fromJson(json, rs.getString("documents"), new TypeReference<Map<String, LocalDate>>() { }),
                fromJson(json, rs.getString("declarations"), new TypeReference<Declarations>() { }),
                fromJson(json, rs.getString("qualification_answers"), new TypeReference<Map<String, Boolean>>() { }),
                instant(rs, "filed_at"),
                rs.getString("filed_by"),
                NominationStatus.valueOf(rs.getString("status")),
                checklist == null ? List.of() : checklist,
                instant(rs, "decision_due_at"),
                instant(rs, "decision_overdue_at"),
                rs.getString("decision"),
                grounds == null ? List.of() : grounds,
                rs.getString("reasoning"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("registration_number"),
                (Integer) rs.getObject("registration_order"),
                instant(rs, "removed_at"),
                rs.getString("removed_by"),
                rs.getString("withdrawal_reason"),
                rs.getString("deregistration_ground"),
                rs.getString("deregistration_reason"));
    }
}
