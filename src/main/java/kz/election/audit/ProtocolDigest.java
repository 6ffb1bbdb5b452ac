package kz.election.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The canonical form of an accepted protocol and its link digest, as plain functions so that anyone
 * (an observer's script as much as {@link ProtocolChain#verify}) computes the same bytes.
 *
 * <p>The canonical form is compact JSON with its keys in a fixed order: {@code election},
 * {@code precinct}, {@code version}, the eight figures in protocol order, {@code votes} sorted by
 * registration number, {@code acceptedBy}, {@code acceptedAt} (ISO-8601 UTC as PostgreSQL keeps it,
 * to the microsecond) and {@code previous}, the digest of the link before (or of the election's
 * genesis). The digest is the lower-case hex SHA-256 of its UTF-8 bytes.
 */
public final class ProtocolDigest {

    /** The figures in the order of the printed protocol (docs/RULES.md "Ballot and count"). */
    public static final String[] FIGURES = {"votersOnList", "ballotsReceived", "ballotsIssuedAtStation",
            "ballotsIssuedAtHome", "ballotsCancelled", "ballotsFound", "invalidBallots", "againstAll"};

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProtocolDigest() {
    }

    /** What of an accepted protocol is hashed. {@code figures} is keyed by the names in {@link #FIGURES}. */
    public record Facts(String electionNumber, int precinctNumber, int version, Map<String, Long> figures,
                        Map<String, Long> votes, String acceptedBy, Instant acceptedAt) {

        public Facts {
            Objects.requireNonNull(electionNumber, "electionNumber");
            Objects.requireNonNull(acceptedBy, "acceptedBy");
            Objects.requireNonNull(acceptedAt, "acceptedAt");
            figures = new LinkedHashMap<>(figures);
            votes = new TreeMap<>(votes);
        }
    }

    /** Where an election's chain starts: bound to the election number, so no chain fits another election. */
    public static String genesis(String electionNumber) {
        return sha256("genesis/" + electionNumber);
    }

    public static String canonical(Facts facts, String previousDigest) {
        ObjectNode node = JSON.createObjectNode();
        node.put("election", facts.electionNumber());
        node.put("precinct", facts.precinctNumber());
        node.put("version", facts.version());
        for (String figure : FIGURES) {
            node.put(figure, facts.figures().get(figure));
        }
        ObjectNode votes = node.putObject("votes");
        facts.votes().forEach(votes::put);
        node.put("acceptedBy", facts.acceptedBy());
        node.put("acceptedAt", facts.acceptedAt().toString());
        node.put("previous", Objects.requireNonNull(previousDigest, "previousDigest"));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String digest(Facts facts, String previousDigest) {
        return sha256(canonical(facts, previousDigest));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
