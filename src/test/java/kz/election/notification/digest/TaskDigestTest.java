package kz.election.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.common.ElectionTime;
import kz.election.commission.DemoRegister;
import kz.election.precinct.CountVariables;
import kz.election.reliability.Counts;
import kz.election.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff hear of new work by mail only when they ask for it: a mail per task as it opens, the protocol entry's
 * opening on election night, or a daily digest sent once per member and day whatever the number of nodes;
 * each with links into Tasklist, in the member's language, only for tasks the member can work.
 */
@ElectionTest
class TaskDigestTest {

    @LocalServerPort
    int port;
    @Autowired
    Counts counts;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskDigests digests;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The shared context runs on: nobody keeps asking for mails that other tests' tasks would send them. */
    @AfterEach
    void nobodyAsksForTaskMailsAnyMore() {
        jdbc.sql("DELETE FROM election.staff_notification").update();
    }

    @Test
    void aMemberSetsTheirOwnTaskMailsWhichAreOffUntilTheyAsk() throws Exception {
        String member = tecMember("tec-settings");

        HttpResponse<String> defaults = call("GET", member, null);
        assertThat(defaults.statusCode()).isEqualTo(200);
        // off by default; Tselinograd's TEC works in Russian; the mailbox is the account's
        assertThat(defaults.body()).contains("\"taskDigest\":\"OFF\"", "\"protocolEntry\":false", "\"language\":\"ru\"",
                "\"mailbox\":\"" + member + "@election.example.kz\"");

        HttpResponse<String> wrong = call("PUT", member, "{\"taskDigest\": \"WEEKLY\", \"language\": \"de\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("taskDigest", "language");
        assertThat(call("GET", member, null).body()).contains("\"taskDigest\":\"OFF\"");

        HttpResponse<String> changed = call("PUT", member, "{\"taskDigest\": \"DAILY\", \"language\": \"kk\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        HttpResponse<String> partly = call("PUT", member, "{\"protocolEntry\": true}");
        assertThat(partly.body()).contains("\"taskDigest\":\"DAILY\"", "\"protocolEntry\":true", "\"language\":\"kk\"");
        // each member's own: another member's settings are untouched
        assertThat(call("GET", "demo-tec", null).body()).contains("\"taskDigest\":\"OFF\"");
    }

    @Test
    void aMemberWhoAskedGetsEachNewTaskTheyCanWorkAsItOpensInTheirLanguageAndOthersGetNothing() throws Exception {
        String subscriber = tecMember("tec-immediate");
        String quiet = tecMember("tec-quiet");
        String elsewhere = counts.member("tec-next-door-" + unique(), Role.TEC_STAFF, DemoRegister.OTHER_TEC);
        withMailbox(elsewhere);
        assertThat(call("PUT", subscriber, "{\"taskDigest\": \"IMMEDIATE\", \"language\": \"kk\"}").statusCode()).isEqualTo(200);
        assertThat(call("PUT", elsewhere, "{\"taskDigest\": \"IMMEDIATE\"}").statusCode()).isEqualTo(200);

        Counts.Election election = counts.open("Task mails", 1);
        assertThat(new kz.election.reliability.Api(port).post(election.member(1), "/api/precincts/" + election.number()
                + "/1/protocol", Counts.passingProtocol()).status()).isEqualTo(201);
        String accept = tasks.createTaskQuery().processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();

        MimeMessage mail = awaitMailTo(subscriber, accept);
        assertThat(mail.getSubject()).startsWith("Tasklist-тегі жаңа жұмыстар");
        assertThat(decoded(mail)).contains("Учаскелік комиссияның хаттамасын қабылдау",
                "/camunda/app/tasklist/default/#/?task=" + accept);
        // the task is mailed once, to nobody who did not ask, and not to a commission that cannot work it
        assertThat(mailsTo(quiet)).isEmpty();
        assertThat(mailsTo(elsewhere)).noneMatch(m -> decoded(m).contains(accept));
        assertThat(mailsTo(subscriber)).filteredOn(m -> decoded(m).contains(accept)).hasSize(1);
    }

    @Test
    void aPrecinctMemberWhoAskedHearsWhenTheirProtocolEntryOpensOnElectionNight() throws Exception {
        List<String> asked = new ArrayList<>();
        Counts.Election election = counts.open("Protocol entry mails", 2, DemoRegister.RURAL_DISTRICT, "demo-tec", member -> {
            withMailbox(member);
            if (asked.isEmpty()) {
                // the first precinct's member asks, in Russian, for the protocol entry only
                assertThat(call("PUT", member, "{\"protocolEntry\": true, \"language\": \"ru\"}").statusCode()).isEqualTo(200);
                asked.add(member);
            }
        });
        String entry = tasks.createTaskQuery().processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult().getId();

        MimeMessage mail = awaitMailTo(election.member(1), entry);
        assertThat(decoded(mail)).contains("Голосование окончено: открыт ввод протокола вашего участка");
        // the other precinct's entry is not theirs to work; its member did not ask
        String other = tasks.createTaskQuery().processInstanceBusinessKey(CountVariables.businessKey(election.number(), 2))
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult().getId();
        assertThat(mailsTo(election.member(1))).noneMatch(m -> decoded(m).contains(other));
        assertThat(mailsTo(election.member(2))).isEmpty();
    }

    @Test
    void theDailyDigestListsTheDaysNewTasksOnceAMemberAndDayWhateverTheNumberOfNodes() throws Exception {
        String member = tecMember("tec-daily");
        assertThat(call("PUT", member, "{\"taskDigest\": \"DAILY\", \"language\": \"en\"}").statusCode()).isEqualTo(200);
        // the day before election night, in the afternoon (Kazakhstan time)
        Instant afternoon = Instant.parse("2031-03-03T10:00:00Z");
        ClockUtil.setCurrentTime(Date.from(afternoon));
        Counts.Election election = counts.open("Daily digest", 1);
        assertThat(new kz.election.reliability.Api(port).post(election.member(1), "/api/precincts/" + election.number()
                + "/1/protocol", Counts.passingProtocol()).status()).isEqualTo(201);
        String accept = tasks.createTaskQuery().processInstanceBusinessKey(CountVariables.businessKey(election.number(), 1))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();

        // the same evening: not due before the next morning's 07:00
        assertThat(digests.sendDaily(Instant.parse("2031-03-03T17:00:00Z"))).isZero();
        assertThat(mailsTo(member)).isEmpty();

        // next morning 07:30 in Kazakhstan, two nodes at once: one digest
        Instant morning = Instant.parse("2031-03-04T02:30:00Z");
        ClockUtil.setCurrentTime(Date.from(morning));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> digests.sendDaily(morning);
            List<Future<Integer>> runs = nodes.invokeAll(List.of(run, run));
            int mine = 0;
            for (Future<Integer> node : runs) {
                mine += node.get();
            }
            assertThat(mine).isGreaterThanOrEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        List<MimeMessage> daily = mailsTo(member);
        assertThat(daily).hasSize(1);
        assertThat(daily.get(0).getSubject()).startsWith("New tasks in Tasklist");
        assertThat(decoded(daily.get(0))).contains("opened during the last day", "Accept the precinct protocol",
                "/camunda/app/tasklist/default/#/?task=" + accept);
        assertThat(jdbc.sql("SELECT count(*) FROM election.task_digest_day WHERE user_id = ? AND digest_day = ?")
                .params(member, LocalDate.parse("2031-03-04")).query(Long.class).single()).isEqualTo(1);
        // a later run the same day sends nothing more
        assertThat(digests.sendDaily(morning.plusSeconds(3600))).isZero();
        assertThat(mailsTo(member)).hasSize(1);
        assertThat(ElectionTime.now()).isEqualTo(morning);
    }

    @Test
    void aNewTaskMailTheServerRefusedIsSentOnceLaterWhileTheTaskIsOpenAndDroppedWhenItCloses() throws Exception {
        String subscriber = tecMember("tec-retried");
        assertThat(call("PUT", subscriber, "{\"taskDigest\": \"IMMEDIATE\", \"language\": \"en\"}").statusCode())
                .isEqualTo(200);
        Counts.Election election = counts.open("Task mail retries", 2);
        String accept;
        String closed;
        TestSmtp.server().stop();
        try {
            accept = acceptTaskAfterProtocol(election, 1);
            closed = acceptTaskAfterProtocol(election, 2);
            // the mails fail on the mailing thread after the commit: each waits for its retry
            awaitRetryRows(subscriber, 2);
        } finally {
            TestSmtp.server().start();
        }
        assertThat(mailsTo(subscriber)).noneMatch(m -> decoded(m).contains(accept));
        // one of the two tasks is completed before its retry: its mail would announce work that is gone
        assertThat(new kz.election.reliability.Api(port).post("demo-tec", "/api/precincts/" + election.number()
                + "/2/protocol/acceptance", java.util.Map.of()).status()).isEqualTo(200);

        digests.retryDue(ElectionTime.now().plus(java.time.Duration.ofMinutes(2)));

        MimeMessage mail = awaitMailTo(subscriber, accept);
        assertThat(mail.getSubject()).startsWith("New tasks in Tasklist");
        assertThat(mailsTo(subscriber)).filteredOn(m -> decoded(m).contains(accept)).hasSize(1);
        assertThat(mailsTo(subscriber)).noneMatch(m -> decoded(m).contains(closed));
        assertThat(jdbc.sql("SELECT count(*) FROM election.task_mail_retry WHERE user_id = ?").param(subscriber)
                .query(Long.class).single()).isZero();
        // the mail log's key keeps it to one mail whatever runs again
        digests.retryDue(ElectionTime.now().plus(java.time.Duration.ofHours(2)));
        assertThat(mailsTo(subscriber)).filteredOn(m -> decoded(m).contains(accept)).hasSize(1);
    }

    private String acceptTaskAfterProtocol(Counts.Election election, int precinct) throws Exception {
        assertThat(new kz.election.reliability.Api(port).post(election.member(precinct), "/api/precincts/"
                + election.number() + "/" + precinct + "/protocol", Counts.passingProtocol()).status()).isEqualTo(201);
        return tasks.createTaskQuery().processInstanceBusinessKey(CountVariables.businessKey(election.number(), precinct))
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult().getId();
    }

    /** Waits (for the mailing thread, not the engine) until the member's failed mails are noted for a retry. */
    private void awaitRetryRows(String userId, int rows) throws InterruptedException {
        for (int waited = 0; waited < 150; waited++) {
            long noted = jdbc.sql("SELECT count(*) FROM election.task_mail_retry WHERE user_id = ?").param(userId)
                    .query(Long.class).single();
            if (noted >= rows) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the failed mails to " + userId + " were not noted for a retry");
    }

    private String tecMember(String prefix) {
        String member = counts.member(prefix + "-" + unique(), Role.TEC_STAFF, DemoRegister.TEC);
        withMailbox(member);
        return member;
    }

    private void withMailbox(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setEmail(userId + "@election.example.kz");
        identity.saveUser(user);
    }

    private HttpResponse<String> call(String method, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/notifications"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + ElectionTest.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (for the SMTP server, not the engine) until the member's mail naming the task has arrived. */
    private MimeMessage awaitMailTo(String userId, String taskId) throws Exception {
        for (int waited = 0; waited < 100; waited++) {
            for (MimeMessage mail : mailsTo(userId)) {
                if (decoded(mail).contains(taskId)) {
                    return mail;
                }
            }
            TestSmtp.server().waitForIncomingEmail(200, TestSmtp.server().getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + userId + " names task " + taskId);
    }

    private static List<MimeMessage> mailsTo(String userId) {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : TestSmtp.server().getReceivedMessages()) {
            try {
                if (((jakarta.mail.internet.InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress()
                        .startsWith(userId + "@")) {
                    mails.add(mail);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    private static String decoded(MimeMessage mail) {
        try {
            // the plain text part, decoded: what the member reads
            return (String) ((jakarta.mail.internet.MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
