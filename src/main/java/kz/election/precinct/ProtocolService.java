package kz.election.precinct;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.audit.ProtocolChain;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.NotFoundException;
import kz.election.model.PrecinctCountModel;
import kz.election.protocol.ProtocolChecks;
import kz.election.protocol.ProtocolFailure;
import kz.election.protocol.ProtocolFigures;
import kz.election.protocol.ProtocolRecords;
import kz.election.protocol.RecordedFigure;
import kz.election.protocol.RecordedFigureChecks;
import kz.election.tally.AcceptedProtocol;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The precinct result protocols: submitted and checked at once, accepted by the territorial
 * commission, never changed afterwards; a recount adds a version and keeps the old one.
 *
 * <p>Every method is one short transaction that locks only its own precinct's row, so protocols of
 * thousands of precincts arriving at once do not wait for each other.
 */
@Service
@Transactional
public class ProtocolService {

    /** Kazakhstan's single time zone (docs/RULES.md); protocols are read back in local time. */
    private static final TypeReference<List<ProtocolFailure>> FAILURES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PrecinctKeys keys;
    private final BallotService ballots;
    private final DecisionLog decisionLog;
    private final ObjectMapper json;
    private final ProtocolChain chain;
    private final ObjectProvider<ProtocolRecords> records;

    ProtocolService(JdbcClient jdbc, JdbcTemplate batch, PrecinctKeys keys, BallotService ballots,
                    DecisionLog decisionLog, ObjectMapper json, ProtocolChain chain,
                    ObjectProvider<ProtocolRecords> records) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.keys = keys;
        this.ballots = ballots;
        this.decisionLog = decisionLog;
        this.json = json;
        this.chain = chain;
        this.records = records;
    }

    /**
     * The protocol lines the commission's records fix for this precinct (the closed voter list, the ballot
     * acts, the home-voting register), for the form to show and for the submission to hold the PEC to.
     */
    @Transactional(readOnly = true)
    public List<RecordedFigure> recordedFigures(String electionNumber, int precinctNumber) {
        return records.orderedStream()
                .flatMap(kind -> kind.recordedFigures(electionNumber, precinctNumber).stream())
                .toList();
    }

    /**
     * Runs the control checks and stores the protocol: SUBMITTED when it passes, REJECTED with every
     * failure when it does not. A failing protocol is a finding, not an error: it is stored and returned.
     *
     * @throws ConflictException when this version is already accepted (accepted protocols never change;
     *                           a recount adds a version) or already waits for acceptance
     */
    public StoredProtocol submit(ProtocolSubmission submission) {
        Optional<StoredProtocol> earlier = byIdempotencyKey(submission.idempotencyKey());
        if (earlier.isPresent()) {
            StoredProtocol stored = earlier.get();
            // a key names one submission of one precinct: it never returns another precinct's protocol
            if (!stored.electionNumber().equals(submission.electionNumber())
                    || stored.precinctNumber() != submission.precinctNumber()) {
                throw new ConflictException("The idempotency key was used for another precinct's protocol");
            }
            return stored;
        }
        PrecinctKeys.Keys at = keys.lockPrecinct(submission.electionNumber(), submission.precinctNumber());
        List<String> ballot = ballots.requireFixed(submission.electionNumber()).stream()
                .map(BallotEntry::registrationNumber).toList();
        Integer acceptedVersion = acceptedVersion(at.precinctId());
        if (acceptedVersion != null && acceptedVersion >= submission.version()) {
            throw new ConflictException("The protocol of precinct " + submission.precinctNumber() + " of election "
                    + submission.electionNumber() + " is accepted (version " + acceptedVersion
                    + ") and can no longer change; only a recount adds a new version");
        }
        boolean waiting = jdbc.sql("SELECT count(*) FROM election.protocol WHERE precinct_id = ? AND version = ? AND status = 'SUBMITTED'")
                .params(at.precinctId(), submission.version()).query(Long.class).single() > 0;
        if (waiting) {
            throw new ConflictException("A protocol of precinct " + submission.precinctNumber()
                    + " already waits for the territorial commission's acceptance");
        }

        // a line the records fix is taken from them when left blank and must match them when entered
        List<RecordedFigure> recorded = recordedFigures(submission.electionNumber(), submission.precinctNumber());
        ProtocolFigures f = RecordedFigureChecks.completed(submission.figures(), recorded);
        List<ProtocolFailure> failures = new ArrayList<>(RecordedFigureChecks.check(submission.figures(), recorded));
        failures.addAll(ProtocolChecks.check(f, ballot));
        ProtocolStatus status = failures.isEmpty() ? ProtocolStatus.SUBMITTED : ProtocolStatus.REJECTED;
        int attempt = jdbc.sql("SELECT coalesce(max(attempt), 0) + 1 FROM election.protocol WHERE precinct_id = ? AND version = ?")
                .params(at.precinctId(), submission.version()).query(Integer.class).single();
        long id = jdbc.sql("""
                        INSERT INTO election.protocol
                          (election_id, precinct_id, version, attempt, status, voters_on_list, ballots_received,
                           ballots_issued_at_station, ballots_issued_at_home, ballots_cancelled, ballots_found,
                           invalid_ballots, against_all, failures, submitted_by, submitted_at, idempotency_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
                        RETURNING id""")
                .params(at.electionId(), at.precinctId(), submission.version(), attempt, status.name(),
                        f.votersOnList(), f.ballotsReceived(), f.ballotsIssuedAtStation(), f.ballotsIssuedAtHome(),
                        f.ballotsCancelled(), f.ballotsFound(), f.invalidBallots(), f.againstAll(),
                        toJson(failures), submission.submittedBy(), Timestamp.from(ElectionTime.now()), submission.idempotencyKey())
                .query(Long.class).single();
        if (f.candidateVotes() != null && !f.candidateVotes().isEmpty()) {
            // one round trip for every line of the protocol (election night: thousands at once)
            List<Object[]> lines = f.candidateVotes().entrySet().stream()
                    .map(line -> new Object[]{id, line.getKey(), line.getValue()}).toList();
            batch.batchUpdate("""
                    INSERT INTO election.protocol_candidate_votes (protocol_id, registration_number, votes)
                    VALUES (?, ?, ?)""", lines);
        }
        return byId(id);
    }

    /**
     * The territorial commission accepts a protocol that passed the checks. From now on it never
     * changes; an accepted recount supersedes the version before it.
     *
     * @param processInstanceId the count's process instance, for the decision log; may be null
     * @throws ConflictException when the protocol does not wait for acceptance
     */
    public StoredProtocol accept(long protocolId, String acceptedBy, String processInstanceId) {
        // the protocol's precinct is locked first, then the protocol read as it stands under the lock
        long precinctId = jdbc.sql("""
                        SELECT pr.id FROM election.protocol p JOIN election.precinct pr ON pr.id = p.precinct_id
                        WHERE p.id = ? FOR UPDATE OF pr""")
                .param(protocolId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Protocol", protocolId));
        StoredProtocol protocol = byId(protocolId);
        if (protocol.status() != ProtocolStatus.SUBMITTED) {
            throw new ConflictException("Protocol " + protocolId + " is " + protocol.status()
                    + "; only a submitted protocol that passed the control checks can be accepted");
        }
        Timestamp now = Timestamp.from(ElectionTime.now());
        Integer previous = acceptedVersion(precinctId);
        if (previous != null && previous >= protocol.version()) {
            throw new ConflictException("Version " + previous + " of precinct " + protocol.precinctNumber()
                    + " is already accepted");
        }
        // first the old version steps down, then the new one takes its place: one accepted protocol at any moment
        jdbc.sql("UPDATE election.protocol SET status = 'SUPERSEDED', superseded_at = ? WHERE precinct_id = ? AND status = 'ACCEPTED'")
                .params(now, precinctId).update();
        jdbc.sql("UPDATE election.protocol SET status = 'ACCEPTED', accepted_by = ?, accepted_at = ? WHERE id = ?")
                .params(acceptedBy, now, protocolId).update();
        decisionLog.record(new DecisionEntry(acceptedBy, protocol.electionNumber(), processInstanceId,
                PrecinctCountModel.Elements.ACCEPT_PROTOCOL, "PROTOCOL_ACCEPTED",
                previous == null ? null : "recount supersedes version " + previous,
                "{\"precinctNumber\": %d, \"version\": %d, \"protocolId\": %d}"
                        .formatted(protocol.precinctNumber(), protocol.version(), protocolId)));
        // the accepted protocol joins its election's hash chain in the same transaction
        chain.link(protocolId);
        return byId(protocolId);
    }

    /**
     * Accepts the protocol of this precinct that waits for acceptance: the one the database holds as
     * SUBMITTED, never an id a task completion sent.
     *
     * @throws ConflictException when none waits (a colleague accepted it a moment ago)
     */
    public StoredProtocol acceptWaiting(String electionNumber, int precinctNumber, String acceptedBy,
                                        String processInstanceId) {
        PrecinctKeys.Keys at = keys.lockPrecinct(electionNumber, precinctNumber);
        long protocolId = waitingId(at.precinctId()).orElseThrow(() -> new ConflictException(
                "Cannot complete task: no protocol of precinct " + precinctNumber + " of election " + electionNumber
                        + " waits for acceptance any more: a colleague accepted it at the same moment"));
        return accept(protocolId, acceptedBy, processInstanceId);
    }

    /** The protocol of the precinct that passed the checks and waits for acceptance, if any. */
    @Transactional(readOnly = true)
    public Optional<StoredProtocol> waitingForAcceptance(String electionNumber, int precinctNumber) {
        return waitingId(keys.precinct(electionNumber, precinctNumber).precinctId()).map(this::byId);
    }

    /**
     * The version the precinct's next protocol entry carries: 1 on election night, the accepted version
     * plus one in a recount. Read from the stored protocols, so no variable can choose it.
     */
    @Transactional(readOnly = true)
    public int versionToEnter(String electionNumber, int precinctNumber) {
        Integer accepted = acceptedVersion(keys.precinct(electionNumber, precinctNumber).precinctId());
        return accepted == null ? 1 : accepted + 1;
    }

    /** The version of the precinct's accepted protocol, if one is accepted. */
    @Transactional(readOnly = true)
    public Optional<Integer> acceptedVersion(String electionNumber, int precinctNumber) {
        return Optional.ofNullable(acceptedVersion(keys.precinct(electionNumber, precinctNumber).precinctId()));
    }

    private Optional<Long> waitingId(long precinctId) {
        return jdbc.sql("SELECT id FROM election.protocol WHERE precinct_id = ? AND status = 'SUBMITTED' ORDER BY version DESC LIMIT 1")
                .param(precinctId).query(Long.class).optional();
    }

    /**
     * Opens a recount: the version the recounted protocol will carry. The accepted protocol keeps
     * counting until the recount is accepted, then it is kept as SUPERSEDED.
     *
     * @throws ConflictException when the precinct has no accepted protocol to recount
     */
    public int openRecount(String electionNumber, int precinctNumber) {
        PrecinctKeys.Keys at = keys.lockPrecinct(electionNumber, precinctNumber);
        Integer accepted = acceptedVersion(at.precinctId());
        if (accepted == null) {
            throw new ConflictException("Precinct " + precinctNumber + " of election " + electionNumber
                    + " has no accepted protocol to recount");
        }
        return accepted + 1;
    }

    /** The current accepted protocol of every counted precinct, as the tabulation reads them. */
    @Transactional(readOnly = true)
    public List<AcceptedProtocol> acceptedProtocols(String electionNumber) {
        long electionId = keys.election(electionNumber);
        return jdbc.sql(SELECT + " WHERE p.election_id = ? AND p.status = 'ACCEPTED' ORDER BY pr.precinct_number")
                .param(electionId).query(this::row).list().stream()
                .map(p -> new AcceptedProtocol(Integer.toString(p.precinctNumber()), p.version(), p.figures()))
                .toList();
    }

    /** Every protocol of a precinct, oldest first: each correction and each recount. */
    @Transactional(readOnly = true)
    public List<StoredProtocol> history(String electionNumber, int precinctNumber) {
        PrecinctKeys.Keys at = keys.precinct(electionNumber, precinctNumber);
        return jdbc.sql(SELECT + " WHERE p.precinct_id = ? ORDER BY p.version, p.attempt")
                .param(at.precinctId()).query(this::row).list();
    }

    @Transactional(readOnly = true)
    public StoredProtocol byId(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("Protocol", id));
    }

    @Transactional(readOnly = true)
    public Optional<StoredProtocol> byIdempotencyKey(String key) {
        return jdbc.sql(SELECT + " WHERE p.idempotency_key = ?").param(key).query(this::row).optional();
    }

    /** Binds a precinct commission member to a precinct: they see and work that precinct's tasks only. */
    public void assign(String userId, String electionNumber, int precinctNumber, String assignedBy) {
        PrecinctKeys.Keys at = keys.precinct(electionNumber, precinctNumber);
        jdbc.sql("""
                        INSERT INTO election.pec_assignment (user_id, election_id, precinct_id, assigned_by, assigned_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, precinct_id) DO NOTHING""")
                .params(userId, at.electionId(), at.precinctId(), assignedBy, Timestamp.from(ElectionTime.now())).update();
    }

    @Transactional(readOnly = true)
    public List<String> assignedUsers(String electionNumber, int precinctNumber) {
        PrecinctKeys.Keys at = keys.precinct(electionNumber, precinctNumber);
        return jdbc.sql("SELECT user_id FROM election.pec_assignment WHERE precinct_id = ? ORDER BY user_id")
                .param(at.precinctId()).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public boolean isAssigned(String userId, String electionNumber, int precinctNumber) {
        return assignedUsers(electionNumber, precinctNumber).contains(userId);
    }

    /** Refuses a user who is not a member of the precinct's commission: only they {@code act} for it. */
    @Transactional(readOnly = true)
    public void requireMember(String userId, String electionNumber, int precinctNumber, String act) {
        if (!isAssigned(userId, electionNumber, precinctNumber)) {
            throw new AuthorizationException(userId + " is not a member of precinct " + precinctNumber
                    + " of election " + electionNumber + " and cannot " + act);
        }
    }

    private static final String SELECT = """
            SELECT p.*, e.election_number, e.territory_code, pr.precinct_number,
                   (SELECT coalesce(jsonb_object_agg(v.registration_number, v.votes), '{}'::jsonb)
                    FROM election.protocol_candidate_votes v WHERE v.protocol_id = p.id)::text AS candidate_votes
            FROM election.protocol p
            JOIN election.election e ON e.id = p.election_id
            JOIN election.precinct pr ON pr.id = p.precinct_id""";

    private StoredProtocol row(ResultSet rs, int n) throws SQLException {
        Map<String, Long> votes = new LinkedHashMap<>();
        try {
            json.readTree(rs.getString("candidate_votes")).fields().forEachRemaining(e ->
                    votes.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asLong()));
            ProtocolFigures figures = new ProtocolFigures(
                    longOrNull(rs, "voters_on_list"), longOrNull(rs, "ballots_received"),
                    longOrNull(rs, "ballots_issued_at_station"), longOrNull(rs, "ballots_issued_at_home"),
                    longOrNull(rs, "ballots_cancelled"), longOrNull(rs, "ballots_found"),
                    longOrNull(rs, "invalid_ballots"), votes, longOrNull(rs, "against_all"));
            Timestamp acceptedAt = rs.getTimestamp("accepted_at");
            ZoneId zone = ElectionTime.zoneOf(rs.getString("territory_code"));
            return new StoredProtocol(rs.getLong("id"), rs.getString("election_number"), rs.getInt("precinct_number"),
                    rs.getInt("version"), rs.getInt("attempt"), ProtocolStatus.valueOf(rs.getString("status")),
                    figures, json.readValue(rs.getString("failures"), FAILURES), rs.getString("submitted_by"),
                    rs.getTimestamp("submitted_at").toInstant().atZone(zone).toOffsetDateTime(), rs.getString("accepted_by"),
                    acceptedAt == null ? null : acceptedAt.toInstant().atZone(zone).toOffsetDateTime());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("protocol " + rs.getLong("id") + " holds unreadable JSON", e);
        }
    }

    private Integer acceptedVersion(long precinctId) {
        return jdbc.sql("SELECT version FROM election.protocol WHERE precinct_id = ? AND status = 'ACCEPTED'")
                .param(precinctId).query(Integer.class).optional().orElse(null);
    }

    private String toJson(List<ProtocolFailure> failures) {
        try {
            return json.writeValueAsString(failures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
