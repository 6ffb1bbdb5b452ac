package kz.election.conduct;

import static kz.election.common.StoredRows.fromJson;
import static kz.election.common.StoredRows.instant;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.ballot.BallotService;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ResultVersion;
import kz.election.model.ElectionModel;
import kz.election.precinct.ProtocolService;
import kz.election.ruleset.Ruleset;
import kz.election.tally.Outcome;
import kz.election.tally.Tabulation;
import kz.election.tally.Tally;
import kz.election.tally.OutcomeRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result versions of an election (PROCESS-CONTRACTS.md: {@code current}, {@code history}). A
 * version is tabulated from the accepted protocols minus the excluded precincts, established by one
 * member of the territorial commission and published by another; a revision adds a version.
 */
@Service
@Transactional
public class ElectionResults {


    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ElectionService elections;
    private final BallotService ballots;
    private final ProtocolService protocols;
    private final DecisionLog decisionLog;

    public ElectionResults(JdbcClient jdbc, ObjectMapper json, ElectionService elections, BallotService ballots,
                           ProtocolService protocols, DecisionLog decisionLog) {
        this.jdbc = jdbc;
        this.json = json;
        this.elections = elections;
        this.ballots = ballots;
        this.protocols = protocols;
        this.decisionLog = decisionLog;
    }

    /** Counts the accepted protocols (annulled precincts left out) and stores the count as the next version. */
    public ResultVersion tabulate(String number, String cause) {
        Election election = elections.byNumber(number);
        long electionId = electionId(number);
        Ruleset ruleset = elections.ruleset(number);
        Set<String> excluded = excludedPrecincts(number).stream().map(String::valueOf).collect(Collectors.toSet());
        Tabulation tabulation = Tally.tabulate(ballots.forTally(number), protocols.acceptedProtocols(number), excluded,
                election.precincts().size(), OutcomeRules.of(ruleset.tally()));
        Outcome outcome = tabulation.outcome();
        String winnerNumber = null;
        String winnerName = null;
        List<String> tied = List.of();
        if (outcome instanceof Outcome.Elected elected) {
            winnerNumber = elected.candidate().registrationNumber();
            winnerName = elected.candidate().name();
        } else if (outcome instanceof Outcome.RepeatVoting repeat) {
            tied = repeat.tiedCandidates().stream().map(c -> c.registrationNumber()).toList();
        }
        // the row lock on the election keeps two revisions at once from taking one version number
        jdbc.sql("SELECT id FROM election.election WHERE id = ? FOR UPDATE").param(electionId).query(Long.class).single();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM election.election_result WHERE election_id = ?")
                .param(electionId).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO election.election_result
                          (election_id, version, outcome, tally_outcome, winner_registration_number, winner_name, tied,
                           tabulation, cause, tabulated_at)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)""")
                .params(electionId, version, outcome.kind().name(), outcome.kind().name(), winnerNumber, winnerName,
                        toJson(json, tied), toJson(json, tabulation), cause, Timestamp.from(ElectionTime.now()))
                .update();
        return version(number, version);
    }

    /**
     * The commission establishes the tabulated version, or declares the election invalid (violations
     * make a reliable result impossible), which needs the reason.
     */
    public ResultVersion establish(String number, int version, boolean declareInvalid, String invalidityReason,
                                   String by, String processInstanceId) {
        ResultVersion result = version(number, version);
        if (result.established()) {
            throw new ConflictException("result version " + version + " of " + number + " is already established");
        }
        if (declareInvalid && (invalidityReason == null || invalidityReason.isBlank())) {
            throw new InvalidInputException("invalidityReason",
                    "state the violations that make a reliable result impossible");
        }
        String outcome = declareInvalid ? ResultVersion.INVALID : result.tallyOutcome();
        jdbc.sql("""
                        UPDATE election.election_result SET outcome = ?, established_by = ?, established_at = ?,
                          invalidity_reason = ? WHERE election_id = ? AND version = ?""")
                .params(outcome, by, Timestamp.from(ElectionTime.now()), declareInvalid ? invalidityReason.strip() : null,
                        electionId(number), version)
                .update();
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ElectionModel.Elements.ESTABLISH_RESULT,
                declareInvalid ? "ELECTION_DECLARED_INVALID" : "RESULT_ESTABLISHED",
                declareInvalid ? invalidityReason.strip() : outcome, toJson(json, Map.of("version", version, "outcome", outcome))));
        return version(number, version);
    }

    /**
     * Establishes the election's latest version, read from the database: a task completion may send a
     * version, never choose which one becomes the result.
     */
    public ResultVersion establishLatest(String number, boolean declareInvalid, String invalidityReason,
                                         String by, String processInstanceId) {
        return establish(number, current(number).orElseThrow().version(), declareInvalid, invalidityReason, by,
                processInstanceId);
    }

    /** Publishes the election's latest version (see {@link #establishLatest}). */
    public ResultVersion publishLatest(String number, String by, String processInstanceId) {
        return publish(number, current(number).orElseThrow().version(), by, processInstanceId);
    }

    /** A second member of the commission publishes an established version; the one who established it may not. */
    public ResultVersion publish(String number, int version, String by, String processInstanceId) {
        ResultVersion result = version(number, version);
        if (!result.established()) {
            throw new ConflictException("result version " + version + " of " + number + " is not established yet");
        }
        if (result.published()) {
            throw new ConflictException("result version " + version + " of " + number + " is already published");
        }
        if (by.equals(result.establishedBy())) {
            throw new InvalidInputException("publishedBy", "you established this result (" + by
                    + "); another member of the territorial commission must check and publish it");
        }
        jdbc.sql("""
                        UPDATE election.election_result SET published_by = ?, published_at = ?
                        WHERE election_id = ? AND version = ?""")
                .params(by, Timestamp.from(ElectionTime.now()), electionId(number), version)
                .update();
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ElectionModel.Elements.PUBLISH_RESULT, "RESULT_PUBLISHED",
                result.outcome(), toJson(json, Map.of("version", version))));
        return version(number, version);
    }

    /**
     * Re-tabulates after a recount or a complaint remedy, once a result was tabulated. The new version
     * takes the place of the one before it in the result's way: a version already published is
     * established and published again by the system, with the cause (the decision behind it is the
     * complaint's, taken by people); one only established is established by the system and waits for
     * the second member's publication; one not yet established waits for the commission, which then
     * establishes the revised figures instead of stale ones. Before any tabulation nothing happens:
     * the regular path counts later.
     */
    public Optional<ResultVersion> revise(String number, String cause, String processInstanceId) {
        Optional<ResultVersion> current = current(number);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        ResultVersion before = current.get();
        ResultVersion revised = tabulate(number, cause);
        Instant now = ElectionTime.now();
        if (before.established()) {
            jdbc.sql("UPDATE election.election_result SET established_by = ?, established_at = ? WHERE election_id = ? AND version = ?")
                    .params(DecisionEntry.SYSTEM, Timestamp.from(now), electionId(number), revised.version())
                    .update();
        }
        if (before.published()) {
            jdbc.sql("UPDATE election.election_result SET published_by = ?, published_at = ? WHERE election_id = ? AND version = ?")
                    .params(DecisionEntry.SYSTEM, Timestamp.from(now), electionId(number), revised.version())
                    .update();
        }
        decisionLog.record(new DecisionEntry(DecisionEntry.SYSTEM, number, processInstanceId, ElectionModel.Elements.REVISE_RESULT, "RESULT_REVISED",
                cause, toJson(json, Map.of("version", revised.version(), "outcome", revised.outcome(),
                        "previousWinner", String.valueOf(before.winnerRegistrationNumber()),
                        "winner", String.valueOf(revised.winnerRegistrationNumber())))));
        return Optional.of(version(number, revised.version()));
    }

    /** An annulled precinct (complaint remedy): left out of every later tabulation. Recording it twice changes nothing. */
    public void excludePrecinct(String number, int precinctNumber, String complaintNumber) {
        Election election = elections.byNumber(number);
        if (election.precincts().stream().noneMatch(p -> p.number() == precinctNumber)) {
            throw new NotFoundException("Precinct", number + "/" + precinctNumber);
        }
        jdbc.sql("""
                        INSERT INTO election.precinct_exclusion (election_id, precinct_number, complaint_number, excluded_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(electionId(number), precinctNumber, complaintNumber, Timestamp.from(ElectionTime.now()))
                .update();
    }

    @Transactional(readOnly = true)
    public List<Integer> excludedPrecincts(String number) {
        return jdbc.sql("""
                        SELECT precinct_number FROM election.precinct_exclusion WHERE election_id = ?
                        ORDER BY precinct_number""")
                .param(electionId(number)).query(Integer.class).list();
    }

    /** The latest result version, established or not; empty before the count. */
    @Transactional(readOnly = true)
    public Optional<ResultVersion> current(String number) {
        List<ResultVersion> all = history(number);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every result version, oldest first. */
    @Transactional(readOnly = true)
    public List<ResultVersion> history(String number) {
        return jdbc.sql("""
                        SELECT r.*, e.election_number FROM election.election_result r
                        JOIN election.election e ON e.id = r.election_id
                        WHERE e.election_number = ? ORDER BY r.version""")
                .param(number).query(this::row).list();
    }

    @Transactional(readOnly = true)
    public ResultVersion version(String number, int version) {
        return history(number).stream().filter(r -> r.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Result version", number + " v" + version));
    }

    /** The tabulation as the commission reads it in Tasklist: one line per figure and candidate. */
    @Transactional(readOnly = true)
    public String summary(String number, int version) {
        ResultVersion result = version(number, version);
        JsonNode t = tree(result.tabulation());
        JsonNode totals = t.path("totals");
        StringBuilder text = new StringBuilder();
        text.append("Result version ").append(version).append(" of ").append(number).append(" (").append(result.cause())
                .append(")\n");
        text.append("Precincts counted: ").append(t.path("precinctsCounted").asInt()).append(" of ")
                .append(t.path("precinctsTotal").asInt());
        if (t.path("precinctsExcluded").asInt() > 0) {
            text.append(", excluded (annulled): ").append(t.path("precinctsExcluded").asInt());
        }
        text.append("\nVoters on the lists: ").append(totals.path("votersOnList").asLong())
                .append("; ballots found: ").append(totals.path("ballotsFound").asLong())
                .append("; turnout ").append(t.path("turnoutPercent").asText()).append('%')
                .append("; invalid ballots: ").append(totals.path("invalidBallots").asLong()).append('\n');
        for (JsonNode candidate : t.path("candidates")) {
            text.append(candidate.path("candidate").path("registrationNumber").asText()).append(' ')
                    .append(candidate.path("candidate").path("name").asText()).append(": ")
                    .append(candidate.path("votes").asLong()).append(" votes (")
                    .append(candidate.path("sharePercent").asText()).append("%)\n");
        }
        text.append("Against all: ").append(t.path("againstAllVotes").asLong()).append(" (")
                .append(t.path("againstAllSharePercent").asText()).append("%)\n");
        text.append("Outcome of the count: ").append(result.tallyOutcome());
        if (result.winnerName() != null) {
            text.append(": ").append(result.winnerName()).append(" (").append(result.winnerRegistrationNumber()).append(')');
        }
        if (!result.tied().isEmpty()) {
            text.append(": tied ").append(result.tied());
        }
        return text.length() <= 3_900 ? text.toString() : text.substring(0, 3_899) + "…";
    }

    /** Every candidate's votes of a version, in ballot order, for the result mail. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> candidateVotes(String number, int version) {
        JsonNode t = tree(version(number, version).tabulation());
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (JsonNode candidate : t.path("candidates")) {
            lines.add(Map.of("registrationNumber", candidate.path("candidate").path("registrationNumber").asText(),
                    "name", candidate.path("candidate").path("name").asText(),
                    "votes", candidate.path("votes").asLong(),
                    "share", candidate.path("sharePercent").decimalValue().movePointLeft(2)));
        }
        return lines;
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read: " + text, e);
        }
    }

    private long electionId(String number) {
        return jdbc.sql("SELECT id FROM election.election WHERE election_number = ?").param(number)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Election", number));
    }

    private ResultVersion row(ResultSet rs, int n) throws SQLException {
        List<String> tied = fromJson(json, rs.getString("tied"), new TypeReference<List<String>>() { });
        return new ResultVersion(rs.getString("election_number"), rs.getInt("version"), rs.getString("outcome"),
                rs.getString("tally_outcome"), rs.getString("winner_registration_number"), rs.getString("winner_name"),
                tied, rs.getString("tabulation"), rs.getString("cause"), instant(rs, "tabulated_at"),
                rs.getString("established_by"), instant(rs, "established_at"), rs.getString("invalidity_reason"),
                rs.getString("published_by"), instant(rs, "published_at"));
    }



}
