package kz.election.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.election.common.ElectionTime;
import kz.election.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed head of an election's protocol chain, published at
 * GET /api/elections/{n}/chain/head and on /results/{n}. The chain's digests let anyone recompute it, but
 * whoever can write the database could rewrite a protocol and every later link consistently, and /verify
 * would pass. An observer who keeps a signed head is not fooled: the rewritten chain's link at that length
 * has another digest, and the signature proves the application published the earlier one.
 */
@Service
public class ChainHeads {

    // the signed text is built by this mapper alone, so no application setting can change its form
    private static final ObjectMapper PAYLOAD = new ObjectMapper();

    private final JdbcClient jdbc;
    private final ChainSigner signer;

    public ChainHeads(JdbcClient jdbc, ChainSigner signer) {
        this.jdbc = jdbc;
        this.signer = signer;
    }

    /** The chain's end as recorded now (one row), signed at this moment. */
    @Transactional(readOnly = true)
    public SignedChainHead signedHead(String electionNumber) {
        long electionId = jdbc.sql("SELECT id FROM election.election WHERE election_number = ?").param(electionNumber)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Election", electionNumber));
        Map<String, Object> head = jdbc.sql("SELECT length, last_digest FROM election.protocol_chain_head WHERE election_id = ?")
                .param(electionId).query().listOfRows().stream().findFirst().orElse(null);
        int length = head == null ? 0 : ((Number) head.get("length")).intValue();
        String lastDigest = head == null ? ProtocolDigest.genesis(electionNumber) : ((String) head.get("last_digest")).strip();
        String signedAt = ElectionTime.now().truncatedTo(ChronoUnit.SECONDS)
                .atZone(ProtocolChain.zoneOf(jdbc, "id", electionId)).toOffsetDateTime().toString();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("electionNumber", electionNumber);
        fields.put("length", length);
        fields.put("lastDigest", lastDigest);
        fields.put("signedAt", signedAt);
        fields.put("algorithm", ChainSigner.ALGORITHM);
        fields.put("keyId", signer.keyId());
        String payload;
        try {
            payload = PAYLOAD.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new SignedChainHead(electionNumber, length, lastDigest, signedAt, ChainSigner.ALGORITHM, signer.keyId(),
                signer.publicKey(), payload, signer.sign(payload));
    }
}
