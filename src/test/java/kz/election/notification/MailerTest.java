package kz.election.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ElectionTest
class MailerTest {

    static final GreenMail smtp = TestSmtp.server();

    private static final String ELECTION = "E-2026-0007";

    @Autowired
    Mailer mailer;
    @Autowired
    MailLog mailLog;
    @Autowired
    TransactionTemplate transactions;

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            kk | Кандидат ретінде тіркеу туралы шешім: | Табыс туралы декларация толық емес | 113-4-бап 2-тармақ | Бас тарту негіздері:
            ru | Решение о регистрации кандидатом:     | Декларация о доходах неполная       | ст. 113-4 п. 2     | Основания отказа:
            en | Decision on your registration as a candidate: | Incomplete income declaration | Art. 113-4 p. 2 | The grounds for the refusal:
            """)
    void mailsARefusalWithItsGroundsAsHtmlAndTextInTheCandidatesLanguage(
            String language, String subjectStart, String ground, String citation, String groundsHeading) throws Exception {
        Map<String, Object> model = new HashMap<>(MailSamples.refusal());
        model.put("electionName", "Kosshy 2026");
        model.put("grounds", List.of(Map.of("text", ground, "citation", citation)));

        MailReceipt receipt = mailer.send(request("candidate-refused", language, model, key()));

        MimeMessage received = onlyMessage();
        assertThat(received.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("a.seitkali@example.kz"));
        assertThat(((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Айгерім Сейтқали");
        assertThat(received.getFrom()).containsExactly(new InternetAddress("noreply@election.example.kz"));
        assertThat(received.getSubject()).isEqualTo(subjectStart + " Kosshy 2026");
        assertThat(received.getMessageID()).isEqualTo(receipt.messageId());

        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).contains(groundsHeading, "1. " + ground + " (" + citation + ")", "(UTC+5)");
        assertThat(html).contains("lang=\"" + language + "\"", "<li>" + ground + " (" + citation + ")</li>");

        MailLogEntry logged = mailLog.byIdempotencyKey(receipt.idempotencyKey()).orElseThrow();
        assertThat(logged.messageId()).isEqualTo(received.getMessageID());
        assertThat(logged.recipient()).isEqualTo("a.seitkali@example.kz");
        assertThat(logged.template()).isEqualTo("candidate-refused");
        assertThat(logged.language()).isEqualTo(language);
        assertThat(logged.subject()).isEqualTo(received.getSubject());
        assertThat(logged.businessKey()).isEqualTo(ELECTION);
    }

    @Test
    void sendsTheSameIdempotencyKeyOnlyOnce() {
        String key = key();
        MailReceipt first = mailer.send(request("candidate-withdrawn", "ru", withdrawal(), key));
        MailReceipt second = mailer.send(request("candidate-withdrawn", "ru", withdrawal(), key));

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(first.alreadySent()).isFalse();
        assertThat(second.alreadySent()).isTrue();
        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(mailLog.forBusinessKey(ELECTION)).filteredOn(entry -> entry.idempotencyKey().equals(key)).hasSize(1);
    }

    @Test
    void throwsAndLogsNothingWhileTheMailServerIsDownThenSendsOnceItIsBack() {
        String key = key();
        MailRequest request = request("candidate-withdrawn", "kk", withdrawal(), key);
        smtp.stop();

        assertThatThrownBy(() -> mailer.send(request))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("candidate-withdrawn")
                .hasMessageContaining("a***@example.kz")
                .hasMessageNotContaining("a.seitkali@example.kz")
                .hasMessageContaining(key)
                .hasMessageContaining("was not sent");
        assertThat(mailLog.byIdempotencyKey(key)).isEmpty();

        smtp.start();
        MailReceipt retried = mailer.send(request);
        MailReceipt again = mailer.send(request);

        assertThat(retried.alreadySent()).isFalse();
        assertThat(again.alreadySent()).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(mailLog.byIdempotencyKey(key)).isPresent();
    }

    @Test
    void keepsTheLogOfASentMailWhenTheCallersTransactionRollsBack() {
        // a job that mailed and then failed further on is retried: it must find the mail already sent
        String key = key();
        transactions.executeWithoutResult(status -> {
            mailer.send(request("candidate-withdrawn", "en", withdrawal(), key));
            status.setRollbackOnly();
        });

        assertThat(mailLog.byIdempotencyKey(key)).isPresent();
        assertThat(mailer.send(request("candidate-withdrawn", "en", withdrawal(), key)).alreadySent()).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void refusesARequestItCannotSendAndNamesEveryBadField() {
        MailRequest bad = new MailRequest("not an address", "", "de", "candidate-elected",
                Map.of("fmt", "mine"), ELECTION, " ");

        assertThatThrownBy(() -> mailer.send(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("recipientAddress", "recipientName", "language", "templateKey",
                                "idempotencyKey"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesAModelThatLacksWhatTheTemplateNeeds() {
        Map<String, Object> model = new HashMap<>(withdrawal());
        model.remove("withdrawnOn");
        model.put("commissionName", new StringBuilder("not a plain value")); // a CharSequence is fine
        model.put("fmt", "reserved");

        assertThatThrownBy(() -> mailer.send(request("candidate-withdrawn", "en", model, key())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("model.withdrawnOn", "model.fmt"));
    }

    private static MailRequest request(String template, String language, Map<String, Object> model, String key) {
        return new MailRequest("a.seitkali@example.kz", "Айгерім Сейтқали", language, template, model, ELECTION, key);
    }

    private static Map<String, Object> withdrawal() {
        return Map.of("electionName", "Kosshy 2026", "commissionName", "Kosshy TEC",
                "withdrawnOn", LocalDate.of(2026, 7, 2));
    }

    private static String key() {
        return "test/" + UUID.randomUUID();
    }

    private static MimeMessage onlyMessage() {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }
}
