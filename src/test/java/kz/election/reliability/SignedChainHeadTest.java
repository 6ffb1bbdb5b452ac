package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.election.ElectionTest;
import kz.election.audit.ChainSigner;
import kz.election.audit.ProtocolDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain's digests let anyone recompute it, but whoever holds the tables' owner role
 * can rewrite a protocol and every later link consistently, and /verify passes. The signed head an
 * observer downloaded earlier exposes the rewrite: the application's key signed a head the chain no
 * longer contains.
 */
@ElectionTest
class SignedChainHeadTest {

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void anObserverHoldingAnEarlierSignedHeadDetectsAConsistentRewriteThatVerifyMisses() throws Exception {
        Counts.Election election = counts.open("Chain rewritten consistently", 3);
        for (int precinct = 1; precinct <= 3; precinct++) {
            submitAndAccept(election, precinct);
        }

        // the observer downloads the signed head, without logging in, and checks its signature
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/elections/" + election.number() + "/chain/head")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("attachment", election.number() + "-chain-head.json"));
        JsonNode held = api.json(download.body());
        assertThat(held.get("length").asInt()).isEqualTo(3);
        assertThat(held.get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(ChainSigner.verify(held.get("publicKey").asText(), held.get("payload").asText(),
                held.get("signature").asText())).isTrue();
        JsonNode payload = api.json(held.get("payload").asText());
        assertThat(payload.get("electionNumber").asText()).isEqualTo(election.number());
        assertThat(payload.get("length").asInt()).isEqualTo(3);
        assertThat(payload.get("lastDigest").asText()).isEqualTo(held.get("lastDigest").asText());
        assertThat(payload.get("keyId").asText()).isEqualTo(held.get("keyId").asText());
        // a head with one figure changed no longer verifies
        assertThat(ChainSigner.verify(held.get("publicKey").asText(),
                held.get("payload").asText().replace("\"length\":3", "\"length\":2"), held.get("signature").asText()))
                .isFalse();
        JsonNode chainBefore = api.get(null, "/api/elections/" + election.number() + "/chain").json();
        assertThat(chainBefore.get("headDigest").asText()).isEqualTo(held.get("lastDigest").asText());

        rewriteConsistently(election.number(), 2);

        // the recomputation alone finds nothing: every stored digest follows from the stored protocols
        JsonNode verified = api.get(null, "/api/elections/" + election.number() + "/verify").json();
        assertThat(verified.get("intact").asBoolean()).as("%s", verified).isTrue();
        // the observer's own check: the chain's link at the held length no longer has the held digest
        JsonNode chainAfter = api.get(null, "/api/elections/" + election.number() + "/chain").json();
        assertThat(chainAfter.get("length").asInt()).isEqualTo(3);
        assertThat(chainAfter.get("links").get(2).get("digest").asText()).isNotEqualTo(held.get("lastDigest").asText());
        // /verify with the held head says so, naming the link
        JsonNode against = api.get(null, "/api/elections/" + election.number() + "/verify?length="
                + held.get("length").asInt() + "&digest=" + held.get("lastDigest").asText()).json();
        assertThat(against.get("intact").asBoolean()).as("%s", against).isFalse();
        assertThat(against.get("firstBreak").get("position").asInt()).isEqualTo(3);
        assertThat(against.get("firstBreak").get("problem").asText()).contains("not the one published earlier");
        // and the same key now signs another head of the same length: two signed histories, one forged
        JsonNode now = api.get(null, "/api/elections/" + election.number() + "/chain/head").json();
        assertThat(now.get("keyId").asText()).isEqualTo(held.get("keyId").asText());
        assertThat(now.get("length").asInt()).isEqualTo(3);
        assertThat(now.get("lastDigest").asText()).isNotEqualTo(held.get("lastDigest").asText());
        assertThat(ChainSigner.verify(now.get("publicKey").asText(), now.get("payload").asText(),
                now.get("signature").asText())).isTrue();
    }

    @Test
    void theHeldHeadOfAnUntouchedChainStillVerifies() throws Exception {
        Counts.Election election = counts.open("Chain head held", 2);
        submitAndAccept(election, 1);
        JsonNode held = api.get(null, "/api/elections/" + election.number() + "/chain/head").json();
        submitAndAccept(election, 2);

        JsonNode verified = api.get(null, "/api/elections/" + election.number() + "/verify?length="
                + held.get("length").asInt() + "&digest=" + held.get("lastDigest").asText()).json();

        assertThat(verified.get("intact").asBoolean()).as("%s", verified).isTrue();
        assertThat(verified.get("length").asInt()).isEqualTo(2);
    }

    @Test
    void theResultsPageShowsTheSignedHead() throws Exception {
        Counts.Election election = counts.open("Chain head on the page", 1);
        submitAndAccept(election, 1);
        JsonNode head = api.get(null, "/api/elections/" + election.number() + "/chain/head").json();

        Api.Answer page = api.get(null, "/results/" + election.number() + "?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Signed chain of accepted protocols", head.get("lastDigest").asText(),
                head.get("keyId").asText(), head.get("publicKey").asText(),
                "/api/elections/" + election.number() + "/chain/head");
    }

    /**
     * What the owner of the tables can do: switch the triggers off, change a protocol's figure, and
     * recompute that link and every later one, and the head, so that each digest follows again.
     */
    private void rewriteConsistently(String electionNumber, int fromPosition) {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource)).executeWithoutResult(status -> {
            owner.sql("ALTER TABLE election.protocol DISABLE TRIGGER protocol_immutable").update();
            owner.sql("ALTER TABLE election.protocol_chain DISABLE TRIGGER protocol_chain_append_only").update();
            List<Map<String, Object>> links = owner.sql("""
                    SELECT c.election_id, c.position, c.protocol_id, c.canonical, c.previous_digest, c.digest
                    FROM election.protocol_chain c JOIN election.election e ON e.id = c.election_id
                    WHERE e.election_number = ? AND c.position >= ? ORDER BY c.position""")
                    .params(electionNumber, fromPosition).query().listOfRows();
            String previous = null;
            for (Map<String, Object> link : links) {
                String canonical = (String) link.get("canonical");
                String oldPrevious = ((String) link.get("previous_digest")).strip();
                if (previous == null) {
                    // the forged figure: one more vote against all in this protocol and in its link
                    assertThat(canonical).contains("\"againstAll\":60");
                    canonical = canonical.replace("\"againstAll\":60", "\"againstAll\":61");
                    owner.sql("UPDATE election.protocol SET against_all = 61 WHERE id = ?")
                            .param(link.get("protocol_id")).update();
                    previous = oldPrevious;
                } else {
                    canonical = canonical.replace(oldPrevious, previous);
                }
                String digest = ProtocolDigest.sha256(canonical);
                owner.sql("""
                        UPDATE election.protocol_chain SET canonical = ?, previous_digest = ?, digest = ?
                        WHERE election_id = ? AND position = ?""")
                        .params(canonical, previous, digest, link.get("election_id"), link.get("position")).update();
                owner.sql("UPDATE election.protocol_chain_head SET last_digest = ? WHERE election_id = ?")
                        .params(digest, link.get("election_id")).update();
                previous = digest;
            }
            owner.sql("ALTER TABLE election.protocol_chain ENABLE TRIGGER protocol_chain_append_only").update();
            owner.sql("ALTER TABLE election.protocol ENABLE TRIGGER protocol_immutable").update();
        });
    }

    private void submitAndAccept(Counts.Election election, int precinct) throws Exception {
        String path = "/api/precincts/" + election.number() + "/" + precinct + "/protocol";
        Api.Answer submitted = api.post(election.member(precinct), path, Counts.passingProtocol());
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        Api.Answer accepted = api.post("demo-tec", path + "/acceptance", null);
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    }
}
