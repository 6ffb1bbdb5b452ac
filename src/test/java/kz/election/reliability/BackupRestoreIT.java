package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kz.election.ElectionApplication;
import kz.election.audit.ChainVerification;
import kz.election.audit.ProtocolChain;
import kz.election.ballot.BallotService;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionMails;
import kz.election.conduct.ElectionResults;
import kz.election.election.ElectionService;
import kz.election.notification.MailRequest;
import kz.election.notification.Mailer;
import kz.election.precinct.ProtocolService;
import kz.election.results.PublishedStory;
import kz.election.results.ResultsFixtures;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * README's backup runbook, done: a PostgreSQL that archives its write-ahead log, a finished election on
 * it (results established, published and revised after an upheld complaint, protocols in their hash
 * chain, a warning mailed to the commission), a base backup taken while the application runs, one more
 * decision after the backup, then the server is lost. The backup is restored into a fresh data folder,
 * the archived log replayed to its end (point-in-time recovery), and the application started on it
 * finds every result, protocol, chain link, mail log row and decision, the last one included, and the
 * chain verifying. The low-level backup API stands in for {@code pg_basebackup}, which does the same
 * and which the embedded binaries do not ship.
 */
class BackupRestoreIT {

    private static final List<String> TABLES = List.of("election", "precinct", "ballot_line", "protocol",
            "protocol_candidate_votes", "protocol_chain", "protocol_chain_head", "election_result",
            "precinct_exclusion", "complaint", "mail_log", "decision_log");
    /** What a copy of a running server's folder leaves out (PostgreSQL's backup docs, and zonky's lock). */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

    private final Path work = Path.of("target", "backup-restore-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void aBaseBackupAndTheArchivedLogRestoreAFinishedElectionThatVerifies() throws Exception {
        Path archive = Files.createDirectories(work.resolve("wal-archive"));
        Path backup = work.resolve("base-backup");
        String signingKey = newSigningKey();
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Map<String, List<String>> before;
            String number;
            Path lostServer = work.resolve("lost-server");
            try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(lostServer).setCleanDataDirectory(true)
                    // settings with spaces go to the configuration file: zonky's command line would split them
                    .setDataDirectoryCustomizer(folder -> settings(folder.toPath(), "archive_mode = on",
                            "archive_command = 'cp %p " + archive + "/%f'"))
                    .start()) {
                try (ConfigurableApplicationContext app = start(server, smtp, signingKey)) {
                    number = finishedElection(app);
                    before = rows(server.getPostgresDatabase());
                    assertThat(before.get("mail_log")).as("the warning was mailed").isNotEmpty();
                    assertThat(before.get("election_result")).as("results established and revised").hasSizeGreaterThan(1);

                    baseBackup(server.getPostgresDatabase(), lostServer, backup);

                    // written after the base backup: only the archived log brings it back
                    JdbcClient.create(app.getBean(DataSource.class)).sql("""
                            INSERT INTO election.decision_log (decided_at, actor, business_key, decision)
                            VALUES (now(), 'backup-test', ?, 'AFTER_THE_BASE_BACKUP')""").param(number).update();
                    before = rows(server.getPostgresDatabase());
                    archiveCurrentSegment(server.getPostgresDatabase());
                }
            } // the server and its folder are gone

            Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rwx------")); // as PostgreSQL demands
            Files.createFile(backup.resolve("recovery.signal"));
            settings(backup, "archive_mode = off", "restore_command = 'cp " + archive + "/%f %p'");
            try (EmbeddedPostgres restored = EmbeddedPostgres.builder()
                    .setDataDirectory(backup).setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofMinutes(2))
                    .start()) {
                awaitEndOfRecovery(restored.getPostgresDatabase());
                assertThat(rows(restored.getPostgresDatabase())).isEqualTo(before);
                try (ConfigurableApplicationContext app = start(restored, smtp, signingKey)) {
                    ChainVerification chain = app.getBean(ProtocolChain.class).verify(number);
                    assertThat(chain.intact()).as("%s", chain).isTrue();
                    assertThat(chain.length()).isEqualTo(before.get("protocol_chain").size());
                    assertThat(JdbcClient.create(app.getBean(DataSource.class)).sql("""
                            SELECT count(*) FROM election.decision_log
                            WHERE business_key = ? AND decision = 'AFTER_THE_BASE_BACKUP'""").param(number)
                            .query(Long.class).single()).isOne();
                }
            }
        } finally {
            smtp.stop();
        }
    }

    /** The published-and-revised story of the results tests, and a mail of the election to its commission. */
    private static String finishedElection(ConfigurableApplicationContext app) {
        ResultsFixtures fixtures = new ResultsFixtures(app.getBean(ElectionService.class),
                app.getBean(BallotService.class), app.getBean(ProtocolService.class));
        PublishedStory story = PublishedStory.run(fixtures, app.getBean(ElectionCalls.class),
                app.getBean(ElectionResults.class), app.getBean(ComplaintService.class),
                app.getBean(ComplaintReview.class), app.getBean(RuntimeService.class));
        // the commission's warning of a near deadline, as the election process's mail step sends it
        MailRequest warning = app.getBean(ElectionMails.class).escalation(story.number, "resultPublication",
                OffsetDateTime.now(), "Publish the result", null);
        app.getBean(Mailer.class).send(warning.withIdempotencyKey("backup-test-warning"));
        return story.number;
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres server, GreenMail smtp, String signingKey) {
        return new SpringApplicationBuilder(ElectionApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--election.chain.generate-key=false", "--election.chain.signing-key=" + signingKey,
                "--election.test.process-coverage=false");
    }

    private static void settings(Path dataDirectory, String... lines) {
        try {
            Files.writeString(dataDirectory.resolve("postgresql.auto.conf"), String.join("\n", lines) + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PostgreSQL's low-level base backup: start, copy the folder of the running server, stop, label. */
    private static void baseBackup(DataSource database, Path dataDirectory, Path backup) throws Exception {
        try (Connection session = database.getConnection(); Statement sql = session.createStatement()) {
            sql.execute("SELECT pg_backup_start('backup-restore-test', true)");
            copyFolder(dataDirectory, backup);
            try (ResultSet stop = sql.executeQuery("SELECT labelfile FROM pg_backup_stop(true)")) {
                assertThat(stop.next()).isTrue();
                Files.writeString(backup.resolve("backup_label"), stop.getString(1));
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                Path relative = from.relativize(file);
                Path target = to.resolve(relative);
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!NOT_COPIED.contains(relative.toString()) && !relative.startsWith("pg_wal")) {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (java.nio.file.NoSuchFileException removedWhileCopying) {
                    // a running server removes temporary files; the log replay covers what they held
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void archiveCurrentSegment(DataSource database) throws Exception {
        JdbcClient db = JdbcClient.create(database);
        String segment = db.sql("SELECT pg_walfile_name(pg_switch_wal())").query(String.class).single();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!segment.equals(db.sql("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver")
                .query(String.class).single())) {
            assertThat(Instant.now()).as("segment %s archived", segment).isBefore(deadline);
            Thread.sleep(200); // the archiver is PostgreSQL's own process: no engine clock to move
        }
    }

    private static void awaitEndOfRecovery(DataSource database) throws Exception {
        JdbcClient db = JdbcClient.create(database);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (db.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()) {
            assertThat(Instant.now()).as("recovery ended").isBefore(deadline);
            Thread.sleep(200); // PostgreSQL's startup process replays the log: no engine clock to move
        }
    }

    /** Every row of the tables an election leaves, as JSON text in a stable order. */
    private static Map<String, List<String>> rows(DataSource database) {
        JdbcClient db = JdbcClient.create(database);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, db.sql("SELECT row_to_json(t)::text FROM election." + table + " t ORDER BY 1")
                    .query(String.class).list());
        }
        return rows;
    }

    private static String newSigningKey() throws Exception {
        return Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
