package kz.election.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's own PostgreSQL, shared by every node as an external database would be: real
 * PostgreSQL binaries (zonky, as the application's first run uses), on a fresh data folder per run.
 *
 * <p>zonky turns {@code synchronous_commit} off by default; the benchmark turns it back on unless told
 * otherwise, because a production database commits durably and the figures must not flatter us.
 * The benchmark also reads the database directly, but only to measure (sizes, commit counters, job log)
 * and to verify results; every write goes through the application's REST API.
 */
final class Database implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    Database(Path dataDirectory, boolean synchronousCommit) throws IOException {
        Files.createDirectories(dataDirectory);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", synchronousCommit ? "on" : "off")
                .setServerConfig("max_connections", "300")
                // which statements the night costs (figures "statements" of each phase)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.max", "5000")
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }

    /** Forgets the statement statistics: what follows is measured alone. */
    void resetStatements() {
        execute("SELECT pg_stat_statements_reset()");
    }

    /**
     * The statements run since {@link #resetStatements}: how many in all, and the most expensive by
     * execution time, each with its calls and milliseconds per {@code perUnit} (a protocol).
     */
    Map<String, Object> statements(long perUnit, int top) {
        Map<String, Object> m = new LinkedHashMap<>();
        String mine = " FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'postgres'";
        long calls = single("SELECT coalesce(sum(calls), 0)::bigint" + mine);
        m.put("calls", calls);
        m.put("callsPerProtocol", (double) calls / perUnit);
        m.put("executionMsPerProtocol", single("SELECT coalesce(sum(total_exec_time), 0)::bigint" + mine)
                / (double) perUnit);
        m.put("rowsWrittenPerProtocol", single("SELECT coalesce(sum(rows), 0)::bigint" + mine
                + " AND s.query ~* '^\\s*(insert|update|delete)'") / (double) perUnit);
        List<Map<String, Object>> heaviest = new ArrayList<>();
        for (Map<String, Object> row : rows("SELECT left(regexp_replace(s.query, '\\s+', ' ', 'g'), 160) AS query,"
                + " s.calls, s.total_exec_time, s.rows" + mine + " ORDER BY s.total_exec_time DESC LIMIT " + top)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("query", row.get("query"));
            r.put("callsPerProtocol", ((Number) row.get("calls")).doubleValue() / perUnit);
            r.put("msPerProtocol", ((Number) row.get("total_exec_time")).doubleValue() / perUnit);
            r.put("rowsPerCall", ((Number) row.get("rows")).doubleValue() / ((Number) row.get("calls")).doubleValue());
            heaviest.add(r);
        }
        m.put("heaviest", heaviest);
        List<Map<String, Object>> frequent = new ArrayList<>();
        for (Map<String, Object> row : rows("SELECT left(regexp_replace(s.query, '\\s+', ' ', 'g'), 160) AS query,"
                + " s.calls, s.total_exec_time" + mine + " ORDER BY s.calls DESC LIMIT " + (4 * top))) {
            frequent.add(Map.of("query", row.get("query"),
                    "callsPerProtocol", ((Number) row.get("calls")).doubleValue() / perUnit,
                    "msPerProtocol", ((Number) row.get("total_exec_time")).doubleValue() / perUnit));
        }
        m.put("mostFrequent", frequent);
        return m;
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    long size() {
        return single("SELECT pg_database_size('postgres')");
    }

    long commits() {
        return single("SELECT xact_commit FROM pg_stat_database WHERE datname = 'postgres'");
    }

    long single(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<Map<String, Object>> rows(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
