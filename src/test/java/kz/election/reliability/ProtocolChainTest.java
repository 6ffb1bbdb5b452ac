package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.election.ElectionTest;
import kz.election.audit.ProtocolDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepted protocols form one hash chain per election, published at /chain; /verify recomputes it from
 * the stored protocols and names the first break when a row is altered behind the application's back.
 */
@ElectionTest
class ProtocolChainTest {

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    JdbcClient jdbc;
    /** The owner of the election tables (Flyway's role): the application's own role cannot tamper at all. */
    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    private Api api;
    private JdbcClient owner;
    private TransactionTemplate ownerTransactions;

    @BeforeEach
    void client() {
        api = new Api(port);
        owner = JdbcClient.create(ownerDataSource);
        ownerTransactions = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource));
    }

    @Test
    void acceptedProtocolsArePublishedAsAChainAnyoneCanRecompute() throws Exception {
        Counts.Election election = counts.open("Chain published", 3);
        for (int precinct : List.of(2, 1, 3)) {
            submitAndAccept(election, precinct);
        }

        Api.Answer published = api.get(null, "/api/elections/" + election.number() + "/chain");

        assertThat(published.status()).as("%s", published).isEqualTo(200);
        JsonNode chain = published.json();
        assertThat(chain.get("length").asInt()).isEqualTo(3);
        assertThat(chain.get("genesis").asText()).isEqualTo(ProtocolDigest.genesis(election.number()));
        List<Integer> precincts = new ArrayList<>();
        String previous = chain.get("genesis").asText();
        for (JsonNode link : chain.get("links")) {
            precincts.add(link.get("precinctNumber").asInt());
            assertThat(link.get("previousDigest").asText()).isEqualTo(previous);
            // what an observer does with the published chain: hash the canonical form, compare
            assertThat(ProtocolDigest.sha256(link.get("canonical").asText())).isEqualTo(link.get("digest").asText());
            assertThat(api.json(link.get("canonical").asText()).get("previous").asText()).isEqualTo(previous);
            assertThat(api.json(link.get("canonical").asText()).get("acceptedBy").asText()).isEqualTo("demo-tec");
            previous = link.get("digest").asText();
        }
        assertThat(precincts).containsExactly(2, 1, 3);
        assertThat(chain.get("headDigest").asText()).isEqualTo(previous);

        JsonNode verified = api.get(null, "/api/elections/" + election.number() + "/verify").json();
        assertThat(verified.get("intact").asBoolean()).as("%s", verified).isTrue();
        assertThat(verified.get("length").asInt()).isEqualTo(3);
        assertThat(verified.get("firstBreak").isNull()).isTrue();
    }

    @Test
    void aFigureChangedInTheDatabaseIsReportedWithItsPrecinct() throws Exception {
        Counts.Election election = counts.open("Chain tampered figure", 3);
        for (int precinct = 1; precinct <= 3; precinct++) {
            submitAndAccept(election, precinct);
        }

        // someone with database access moves 10 votes, bypassing the trigger that guards accepted protocols
        ownerTransactions.executeWithoutResult(status -> {
            owner.sql("ALTER TABLE election.protocol_candidate_votes DISABLE TRIGGER protocol_votes_immutable").update();
            owner.sql("""
                    UPDATE election.protocol_candidate_votes v SET votes = votes + 10
                    FROM election.protocol p JOIN election.precinct pr ON pr.id = p.precinct_id
                    JOIN election.election e ON e.id = p.election_id
                    WHERE v.protocol_id = p.id AND e.election_number = ? AND pr.precinct_number = 2
                      AND v.registration_number = 'C-2'""").param(election.number()).update();
            owner.sql("ALTER TABLE election.protocol_candidate_votes ENABLE TRIGGER protocol_votes_immutable").update();
        });

        Api.Answer answer = api.get(null, "/api/elections/" + election.number() + "/verify");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode verified = answer.json();
        assertThat(verified.get("intact").asBoolean()).isFalse();
        JsonNode firstBreak = verified.get("firstBreak");
        assertThat(firstBreak.get("precinctNumber").asInt()).as("%s", verified).isEqualTo(2);
        assertThat(firstBreak.get("position").asInt()).isEqualTo(2);
        assertThat(firstBreak.get("problem").asText()).contains("precinct 2", "votes[C-2]");
        assertThat(firstBreak.get("changedFields")).extracting(JsonNode::asText).containsExactly("votes[C-2]");
    }

    @Test
    void aProtocolRowRewrittenWithTheTriggerDisabledIsTheFirstBreak() throws Exception {
        Counts.Election election = counts.open("Chain tampered protocol", 3);
        for (int precinct = 1; precinct <= 3; precinct++) {
            submitAndAccept(election, precinct);
        }
        ownerTransactions.executeWithoutResult(status -> {
            owner.sql("ALTER TABLE election.protocol DISABLE TRIGGER protocol_immutable").update();
            owner.sql("""
                    UPDATE election.protocol p SET ballots_found = 514, invalid_ballots = 4
                    FROM election.precinct pr, election.election e
                    WHERE pr.id = p.precinct_id AND e.id = p.election_id AND e.election_number = ?
                      AND pr.precinct_number IN (1, 3)""").param(election.number()).update();
            owner.sql("ALTER TABLE election.protocol ENABLE TRIGGER protocol_immutable").update();
        });

        JsonNode firstBreak = api.get(null, "/api/elections/" + election.number() + "/verify").json().get("firstBreak");

        assertThat(firstBreak.get("precinctNumber").asInt()).isEqualTo(1);
        assertThat(firstBreak.get("changedFields")).extracting(JsonNode::asText)
                .containsExactly("ballotsFound", "invalidBallots");
    }

    @Test
    void aRewrittenLinkIsReportedEvenWhenItsDigestWasRecomputed() throws Exception {
        Counts.Election election = counts.open("Chain tampered link", 2);
        submitAndAccept(election, 1);
        submitAndAccept(election, 2);
        // a forger rewrites link 1 consistently (new canonical form, its true digest): link 2 no longer follows it
        ownerTransactions.executeWithoutResult(status -> {
            owner.sql("ALTER TABLE election.protocol_chain DISABLE TRIGGER protocol_chain_append_only").update();
            String canonical = owner.sql("""
                    SELECT c.canonical FROM election.protocol_chain c JOIN election.election e ON e.id = c.election_id
                    WHERE e.election_number = ? AND c.position = 1""").param(election.number()).query(String.class).single();
            String forged = canonical.replace("\"againstAll\":60", "\"againstAll\":61");
            owner.sql("""
                    UPDATE election.protocol_chain c SET canonical = ?, digest = ?
                    FROM election.election e WHERE e.id = c.election_id AND e.election_number = ? AND c.position = 1""")
                    .params(forged, ProtocolDigest.sha256(forged), election.number()).update();
            owner.sql("ALTER TABLE election.protocol_chain ENABLE TRIGGER protocol_chain_append_only").update();
        });

        JsonNode firstBreak = api.get(null, "/api/elections/" + election.number() + "/verify").json().get("firstBreak");

        assertThat(firstBreak.get("position").asInt()).isEqualTo(1);
        assertThat(firstBreak.get("precinctNumber").asInt()).isEqualTo(1);
        assertThat(firstBreak.get("changedFields")).extracting(JsonNode::asText).containsExactly("againstAll");
    }

    @Test
    void theChainIsAppendOnlyForTheApplication() throws Exception {
        Counts.Election election = counts.open("Chain append only", 1);
        submitAndAccept(election, 1);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("""
                DELETE FROM election.protocol_chain c USING election.election e
                WHERE e.id = c.election_id AND e.election_number = ?""").param(election.number()).update()))
                .rootCause().hasMessageContaining("permission denied for table protocol_chain");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> owner.sql("""
                DELETE FROM election.protocol_chain c USING election.election e
                WHERE e.id = c.election_id AND e.election_number = ?""").param(election.number()).update()))
                .hasMessageContaining("can no longer change");
        assertThat(api.get(null, "/api/elections/" + election.number() + "/verify").json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void protocolsOfOneElectionAcceptedAtTheSameMomentStillFormOneChain() throws Exception {
        int precincts = 6;
        Counts.Election election = counts.open("Chain concurrent", precincts);
        for (int precinct = 1; precinct <= precincts; precinct++) {
            Api.Answer submitted = api.post(election.member(precinct),
                    "/api/precincts/" + election.number() + "/" + precinct + "/protocol", Counts.passingProtocol());
            assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        }
        CyclicBarrier together = new CyclicBarrier(precincts);
        ExecutorService threads = Executors.newFixedThreadPool(precincts);
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int precinct = 1; precinct <= precincts; precinct++) {
                int p = precinct;
                Callable<Api.Answer> accept = () -> {
                    together.await();
                    return api.post("demo-tec", "/api/precincts/" + election.number() + "/" + p + "/protocol/acceptance", null);
                };
                answers.add(threads.submit(accept));
            }
            for (Future<Api.Answer> answer : answers) {
                assertThat(answer.get().status()).as("%s", answer.get()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }

        JsonNode chain = api.get(null, "/api/elections/" + election.number() + "/chain").json();
        assertThat(chain.get("length").asInt()).isEqualTo(precincts);
        List<Integer> positions = new ArrayList<>();
        List<Integer> linkedPrecincts = new ArrayList<>();
        chain.get("links").forEach(link -> {
            positions.add(link.get("position").asInt());
            linkedPrecincts.add(link.get("precinctNumber").asInt());
        });
        assertThat(positions).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(linkedPrecincts).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(api.get(null, "/api/elections/" + election.number() + "/verify").json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void anUnknownElectionIs404ProblemJson() throws Exception {
        Api.Answer answer = api.get(null, "/api/elections/2026-RUR-9998/verify");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    private void submitAndAccept(Counts.Election election, int precinct) throws Exception {
        String path = "/api/precincts/" + election.number() + "/" + precinct + "/protocol";
        Api.Answer submitted = api.post(election.member(precinct), path, Counts.passingProtocol());
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        Api.Answer accepted = api.post("demo-tec", path + "/acceptance", null);
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    }
}
