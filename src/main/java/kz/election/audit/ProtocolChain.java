package kz.election.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.election.common.ElectionTime;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain of an election's accepted protocols. A protocol is linked in the
 * same transaction that accepts it; {@link #verify} recomputes every digest from the protocol rows and
 * names the first link that no longer holds.
 */
@Service
public class ProtocolChain {

    private static final String[] COLUMNS = {"voters_on_list", "ballots_received", "ballots_issued_at_station",
            "ballots_issued_at_home", "ballots_cancelled", "ballots_found", "invalid_ballots", "against_all"};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public ProtocolChain(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A protocol as stored now, with what the chain hashes of it. */
    private record Stored(long protocolId, long electionId, String status, ProtocolDigest.Facts facts) {
    }

    /**
     * Appends the accepted protocol to its election's chain. Joins the accepting transaction, so a
     * protocol is accepted and linked together or not at all. The election's chain head is locked
     * until that transaction ends: concurrent acceptances of one election queue, other elections do not.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ChainLink link(long protocolId) {
        Stored protocol = load(protocolId).orElseThrow(() -> new NotFoundException("Protocol", protocolId));
        if (!"ACCEPTED".equals(protocol.status())) {
            throw new IllegalStateException("protocol " + protocolId + " is " + protocol.status() + ", not ACCEPTED");
        }
        String electionNumber = protocol.facts().electionNumber();
        jdbc.sql("""
                        INSERT INTO election.protocol_chain_head (election_id, length, last_digest)
                        VALUES (?, 0, ?) ON CONFLICT (election_id) DO NOTHING""")
                .params(protocol.electionId(), ProtocolDigest.genesis(electionNumber)).update();
        Map<String, Object> head = jdbc.sql("""
                        SELECT length, last_digest FROM election.protocol_chain_head WHERE election_id = ? FOR UPDATE""")
                .param(protocol.electionId()).query().singleRow();
        int position = ((Number) head.get("length")).intValue() + 1;
        String previous = ((String) head.get("last_digest")).strip();
        String canonical = ProtocolDigest.canonical(protocol.facts(), previous);
        String digest = ProtocolDigest.sha256(canonical);
        Timestamp now = Timestamp.from(ElectionTime.now());
        jdbc.sql("""
                        INSERT INTO election.protocol_chain
                          (election_id, position, protocol_id, canonical, previous_digest, digest, linked_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(protocol.electionId(), position, protocolId, canonical, previous, digest, now).update();
        jdbc.sql("UPDATE election.protocol_chain_head SET length = ?, last_digest = ? WHERE election_id = ?")
                .params(position, digest, protocol.electionId()).update();
        return new ChainLink(position, protocolId, protocol.facts().precinctNumber(), protocol.facts().version(),
                canonical, previous, digest, now.toInstant().atZone(zoneOf(jdbc, "id", protocol.electionId())).toOffsetDateTime());
    }

    /** The chain as published: every link in order and the head digest. */
    @Transactional(readOnly = true)
    public ProtocolChainView chain(String electionNumber) {
        long electionId = electionId(electionNumber);
        List<ChainLink> links = links(electionId);
        String genesis = ProtocolDigest.genesis(electionNumber);
        return new ProtocolChainView(electionNumber, genesis, links.size(),
                links.isEmpty() ? genesis : links.get(links.size() - 1).digest(), links);
    }

    /**
     * Recomputes the chain from the protocols as they are stored now and reports the first break: a
     * protocol changed after it was accepted, a link changed, removed or out of order, or an accepted
     * protocol that was never linked.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify(String electionNumber) {
        return verify(electionNumber, null, null);
    }

    /**
     * As {@link #verify(String)}, and also checks a head published earlier ({@link ChainHeads}) that an
     * observer kept: a chain rewritten consistently (every later digest recomputed) recomputes without a
     * break, but its link at the held length no longer has the held digest.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify(String electionNumber, Integer heldLength, String heldDigest) {
        long electionId = electionId(electionNumber);
        List<ChainLink> links = links(electionId);
        String expectedPrevious = ProtocolDigest.genesis(electionNumber);
        Set<Long> linked = new HashSet<>();
        ChainVerification.Break firstBreak = null;
        for (int i = 0; i < links.size() && firstBreak == null; i++) {
            ChainLink link = links.get(i);
            linked.add(link.protocolId());
            firstBreak = check(link, i + 1, expectedPrevious);
            expectedPrevious = link.digest();
        }
        if (firstBreak == null) {
            firstBreak = checkHead(electionId, links, expectedPrevious);
        }
        if (firstBreak == null) {
            firstBreak = unlinked(electionId, linked);
        }
        if (firstBreak == null && heldLength != null && heldDigest != null) {
            firstBreak = checkHeld(electionNumber, links, heldLength, heldDigest.strip());
        }
        return new ChainVerification(electionNumber, firstBreak == null, links.size(),
                links.isEmpty() ? ProtocolDigest.genesis(electionNumber) : links.get(links.size() - 1).digest(),
                firstBreak, ElectionTime.now().atZone(zoneOf(jdbc, "id", electionId)).toOffsetDateTime());
    }

    private ChainVerification.Break check(ChainLink link, int expectedPosition, String expectedPrevious) {
        if (link.position() != expectedPosition) {
            return linkBreak(link, "link " + expectedPosition + " is missing: the chain jumps to link " + link.position(),
                    List.of());
        }
        if (!link.previousDigest().equals(expectedPrevious)) {
            return linkBreak(link, "the link does not continue the link before it (previous digest differs)", List.of());
        }
        if (!ProtocolDigest.sha256(link.canonical()).equals(link.digest())) {
            return linkBreak(link, "the stored link was altered: its digest is not the SHA-256 of its canonical form",
                    List.of());
        }
        Optional<Stored> stored = load(link.protocolId());
        if (stored.isEmpty()) {
            return linkBreak(link, "the linked protocol no longer exists", List.of());
        }
        if (!Set.of("ACCEPTED", "SUPERSEDED").contains(stored.get().status())) {
            return linkBreak(link, "the linked protocol is " + stored.get().status() + ", no longer accepted", List.of());
        }
        String recomputed = ProtocolDigest.canonical(stored.get().facts(), expectedPrevious);
        if (!recomputed.equals(link.canonical())) {
            List<String> changed = changedFields(link.canonical(), recomputed);
            return linkBreak(link, "the protocol of precinct " + link.precinctNumber() + " (version " + link.version()
                    + ") differs from what was accepted: " + String.join(", ", changed), changed);
        }
        return null;
    }

    private ChainVerification.Break checkHead(long electionId, List<ChainLink> links, String lastDigest) {
        Optional<Map<String, Object>> head = jdbc.sql("SELECT length, last_digest FROM election.protocol_chain_head WHERE election_id = ?")
                .param(electionId).query().listOfRows().stream().findFirst();
        if (head.isEmpty()) {
            return links.isEmpty() ? null
                    : new ChainVerification.Break(null, null, null, null, "the chain head is missing", List.of());
        }
        int length = ((Number) head.get().get("length")).intValue();
        String digest = ((String) head.get().get("last_digest")).strip();
        if (length != links.size() || !digest.equals(lastDigest)) {
            return new ChainVerification.Break(length, null, null, null, "the chain head (length " + length
                    + ") does not match the last link (length " + links.size() + "): links were removed or added",
                    List.of());
        }
        return null;
    }

    private static ChainVerification.Break checkHeld(String electionNumber, List<ChainLink> links, int heldLength,
                                                     String heldDigest) {
        if (heldLength < 0) {
            throw new InvalidInputException("length", "is the length of a published chain head: 0 or more");
        }
        if (heldLength == 0) {
            return ProtocolDigest.genesis(electionNumber).equals(heldDigest) ? null
                    : new ChainVerification.Break(0, null, null, null,
                    "the head published earlier (length 0) is not this election's genesis", List.of());
        }
        if (heldLength > links.size()) {
            return new ChainVerification.Break(heldLength, null, null, null, "the chain has " + links.size()
                    + " links, fewer than the head published earlier (length " + heldLength + "): links were removed",
                    List.of());
        }
        ChainLink link = links.get(heldLength - 1);
        if (!link.digest().equals(heldDigest)) {
            return linkBreak(link, "link " + heldLength + " is not the one published earlier (digest " + heldDigest
                    + ", now " + link.digest() + "): the chain was rewritten at or before this link", List.of());
        }
        return null;
    }

    private ChainVerification.Break unlinked(long electionId, Set<Long> linked) {
        return jdbc.sql("""
                        SELECT p.id, pr.precinct_number, p.version FROM election.protocol p
                        JOIN election.precinct pr ON pr.id = p.precinct_id
                        WHERE p.election_id = ? AND p.status IN ('ACCEPTED', 'SUPERSEDED') ORDER BY p.accepted_at, p.id""")
                .param(electionId)
                .query((rs, n) -> new ChainVerification.Break(null, rs.getLong("id"), rs.getInt("precinct_number"),
                        rs.getInt("version"), "the protocol of precinct " + rs.getInt("precinct_number") + " (version "
                        + rs.getInt("version") + ") is accepted but not in the chain", List.of()))
                .list().stream()
                .filter(b -> !linked.contains(b.protocolId()))
                .findFirst().orElse(null);
    }

    private static ChainVerification.Break linkBreak(ChainLink link, String problem, List<String> changed) {
        return new ChainVerification.Break(link.position(), link.protocolId(), link.precinctNumber(), link.version(),
                problem, changed);
    }

    private List<String> changedFields(String accepted, String now) {
        try {
            JsonNode before = json.readTree(accepted);
            JsonNode after = json.readTree(now);
            List<String> changed = new ArrayList<>();
            for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if ("votes".equals(name)) {
                    Set<String> candidates = new HashSet<>();
                    before.get(name).fieldNames().forEachRemaining(candidates::add);
                    after.path(name).fieldNames().forEachRemaining(candidates::add);
                    candidates.stream().sorted()
                            .filter(c -> !before.get(name).path(c).equals(after.path(name).path(c)))
                            .forEach(c -> changed.add("votes[" + c + "]"));
                } else if (!before.get(name).equals(after.path(name))) {
                    changed.add(name);
                }
            }
            return changed;
        } catch (JsonProcessingException e) {
            return List.of("canonical form unreadable");
        }
    }

    private List<ChainLink> links(long electionId) {
        ZoneId zone = zoneOf(jdbc, "id", electionId);
        return jdbc.sql("""
                        SELECT c.*, pr.precinct_number, p.version FROM election.protocol_chain c
                        LEFT JOIN election.protocol p ON p.id = c.protocol_id
                        LEFT JOIN election.precinct pr ON pr.id = p.precinct_id
                        WHERE c.election_id = ? ORDER BY c.position""")
                .param(electionId)
                .query((rs, n) -> new ChainLink(rs.getInt("position"), rs.getLong("protocol_id"),
                        rs.getInt("precinct_number"), rs.getInt("version"), rs.getString("canonical"),
                        rs.getString("previous_digest").strip(), rs.getString("digest").strip(),
                        rs.getTimestamp("linked_at").toInstant().atZone(zone).toOffsetDateTime()))
                .list();
    }

    /** The election's zone, its territory's (the audit reads the election's table, not its service). */
    static ZoneId zoneOf(JdbcClient jdbc, String column, Object value) {
        return ElectionTime.zoneOf(jdbc.sql("SELECT territory_code FROM election.election WHERE " + column + " = ?")
                .param(value).query(String.class).optional().orElse(null));
    }

    private long electionId(String electionNumber) {
        return jdbc.sql("SELECT id FROM election.election WHERE election_number = ?").param(electionNumber)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Election", electionNumber));
    }

    private Optional<Stored> load(long protocolId) {
        return jdbc.sql("""
                        SELECT p.*, e.election_number, pr.precinct_number,
                               (SELECT coalesce(jsonb_object_agg(v.registration_number, v.votes), '{}'::jsonb)
                                FROM election.protocol_candidate_votes v WHERE v.protocol_id = p.id)::text AS votes
                        FROM election.protocol p
                        JOIN election.election e ON e.id = p.election_id
                        JOIN election.precinct pr ON pr.id = p.precinct_id
                        WHERE p.id = ?""")
                .param(protocolId).query(this::stored).optional();
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            long value = rs.getLong(COLUMNS[i]);
            figures.put(ProtocolDigest.FIGURES[i], rs.wasNull() ? null : value);
        }
        Map<String, Long> votes = new LinkedHashMap<>();
        try {
            json.readTree(rs.getString("votes")).fields().forEachRemaining(e ->
                    votes.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asLong()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("votes of protocol " + rs.getLong("id") + " are unreadable", e);
        }
        Timestamp acceptedAt = rs.getTimestamp("accepted_at");
        String acceptedBy = rs.getString("accepted_by");
        ProtocolDigest.Facts facts = new ProtocolDigest.Facts(rs.getString("election_number"),
                rs.getInt("precinct_number"), rs.getInt("version"), figures, votes,
                acceptedBy == null ? "" : acceptedBy, acceptedAt == null ? Instant.EPOCH : acceptedAt.toInstant());
        return new Stored(rs.getLong("id"), rs.getLong("election_id"), rs.getString("status"), facts);
    }
}
