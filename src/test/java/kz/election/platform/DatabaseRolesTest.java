package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import kz.election.ElectionTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Against the real (embedded) PostgreSQL every test runs on: the application connects
 * as a role that owns nothing and may not change what the law makes final, Flyway's owner role is held
 * back by the triggers, and the server itself asks for passwords, listens on localhost and syncs to disk.
 */
@ElectionTest
class DatabaseRolesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    EmbeddedPostgresProperties properties;

    @Test
    void theApplicationConnectsAsARoleThatOwnsNoneOfTheElectionTables() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single())
                .isEqualTo(EmbeddedPostgresConfiguration.APPLICATION);
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'election' AND tableowner = current_user")
                .query(Long.class).single()).isZero();
        assertThat(JdbcClient.create(ownerDataSource).sql("SELECT current_user").query(String.class).single())
                .isEqualTo(EmbeddedPostgresConfiguration.OWNER);
    }

    @Test
    void theApplicationMayNotChangeWhatIsAppendOnly() {
        // the privilege is checked before any row is read: WHERE false changes nothing either way
        for (String statement : List.of(
                "UPDATE election.protocol SET ballots_found = 1 WHERE false",
                "UPDATE election.protocol SET accepted_by = 'x', voters_on_list = 1 WHERE false",
                "DELETE FROM election.protocol WHERE false",
                "UPDATE election.protocol_candidate_votes SET votes = 1 WHERE false",
                "DELETE FROM election.protocol_candidate_votes WHERE false",
                "UPDATE election.protocol_chain SET digest = digest WHERE false",
                "DELETE FROM election.protocol_chain WHERE false",
                "DELETE FROM election.protocol_chain_head WHERE false",
                "UPDATE election.decision_log SET reason = 'x' WHERE false",
                "DELETE FROM election.decision_log WHERE false",
                "UPDATE election.election_result SET tabulation = '{}' WHERE false",
                "DELETE FROM election.election_result WHERE false",
                "TRUNCATE election.decision_log",
                "DELETE FROM election.flyway_schema_history WHERE false")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                    .rootCause().hasMessageContaining("permission denied for table");
        }
        for (String statement : List.of(
                "ALTER TABLE election.protocol DISABLE TRIGGER protocol_immutable",
                "ALTER TABLE election.protocol_chain DISABLE TRIGGER protocol_chain_append_only",
                "ALTER TABLE election.decision_log DISABLE TRIGGER decision_log_append_only",
                "DROP TRIGGER election_result_final ON election.election_result")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                    .rootCause().hasMessageContaining("must be owner of");
        }
        // what legitimately changes still may: acceptance, supersession, establishment, publication, the chain's end
        for (String statement : List.of(
                "UPDATE election.protocol SET status = status, accepted_by = accepted_by, accepted_at = accepted_at, "
                        + "superseded_at = superseded_at WHERE false",
                "UPDATE election.election_result SET outcome = outcome, established_by = established_by, "
                        + "established_at = established_at, invalidity_reason = invalidity_reason, "
                        + "published_by = published_by, published_at = published_at WHERE false",
                "UPDATE election.protocol_chain_head SET length = length, last_digest = last_digest WHERE false",
                "UPDATE election.nomination SET status = status WHERE false")) {
            assertThat(jdbc.sql(statement).update()).as(statement).isZero();
        }
    }

    @Test
    void theOwnersTriggersKeepTheDecisionLogAndEstablishedResultsAsTheyWere() {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        long decision = jdbc.sql("""
                        INSERT INTO election.decision_log (decided_at, actor, business_key, decision)
                        VALUES (now(), 'demo-tec', 'ROLES-1', 'PROTOCOL_ACCEPTED') RETURNING id""")
                .query(Long.class).single();
        assertThatThrownBy(() -> owner.sql("UPDATE election.decision_log SET actor = 'someone-else' WHERE id = ?")
                .param(decision).update()).rootCause().hasMessageContaining("can no longer change");
        assertThatThrownBy(() -> owner.sql("DELETE FROM election.decision_log WHERE id = ?").param(decision).update())
                .rootCause().hasMessageContaining("can no longer change");
        assertThatThrownBy(() -> owner.sql("TRUNCATE election.decision_log").update())
                .rootCause().hasMessageContaining("append-only");

        long election = owner.sql("""
                        INSERT INTO election.election (election_number, territory, level, post, reason, call_date,
                          election_day, ruleset_id, announced_by, announced_at)
                        VALUES ('2099-RUR-9001', 'Roles', 'RURAL', 'akim', 'REGULAR', DATE '2099-01-01',
                          DATE '2099-03-01', 'test', 'demo-tec', now()) RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO election.election_result (election_id, version, outcome, tally_outcome, tabulation,
                          cause, tabulated_at) VALUES (?, 1, 'ELECTED', 'ELECTED', '{"total": 10}', 'count', now())""")
                .param(election).update();
        assertThatThrownBy(() -> owner.sql("UPDATE election.election_result SET tabulation = '{\"total\": 11}' WHERE election_id = ?")
                .param(election).update()).rootCause().hasMessageContaining("tabulation of result version 1");
        assertThat(jdbc.sql("UPDATE election.election_result SET established_by = 'demo-tec', established_at = now() WHERE election_id = ?")
                .param(election).update()).isOne();
        assertThatThrownBy(() -> owner.sql("UPDATE election.election_result SET outcome = 'INVALID' WHERE election_id = ?")
                .param(election).update()).rootCause().hasMessageContaining("is established and can no longer change");
        assertThat(jdbc.sql("UPDATE election.election_result SET published_by = 'demo-tec2', published_at = now() WHERE election_id = ?")
                .param(election).update()).isOne();
        assertThatThrownBy(() -> owner.sql("UPDATE election.election_result SET published_by = 'someone' WHERE election_id = ?")
                .param(election).update()).rootCause().hasMessageContaining("is published and can no longer change");
        assertThatThrownBy(() -> owner.sql("DELETE FROM election.election_result WHERE election_id = ?")
                .param(election).update()).rootCause().hasMessageContaining("can no longer change");
    }

    @Test
    void theEmbeddedServerAsksForAPasswordListensOnLocalhostAndSyncsToDisk() throws Exception {
        for (String[] setting : new String[][] {{"fsync", "on"}, {"synchronous_commit", "on"},
                {"full_page_writes", "on"}, {"listen_addresses", "localhost"}}) {
            assertThat(jdbc.sql("SELECT current_setting('" + setting[0] + "')").query(String.class).single())
                    .as(setting[0]).isEqualTo(setting[1]);
        }
        List<String> hba = Files.readAllLines(properties.dataDirectory().resolve("pg_hba.conf")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(hba).isNotEmpty().allSatisfy(line -> assertThat(line).endsWith("scram-sha-256"));
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        for (String user : List.of("postgres", EmbeddedPostgresConfiguration.OWNER, EmbeddedPostgresConfiguration.APPLICATION)) {
            Properties noPassword = new Properties();
            noPassword.setProperty("user", user);
            assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close()).as(user)
                    .hasMessageContaining("password");
            Properties wrong = new Properties();
            wrong.setProperty("user", user);
            wrong.setProperty("password", "not-the-password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, wrong).close()).as(user)
                    .hasMessageContaining("password authentication failed");
        }
        Path passwordFile = EmbeddedPostgresConfiguration.passwordFile(properties.dataDirectory());
        assertThat(Files.getPosixFilePermissions(passwordFile)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }
}
