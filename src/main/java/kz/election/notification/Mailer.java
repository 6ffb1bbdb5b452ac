package kz.election.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import kz.election.common.ElectionTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one mail at most once per idempotency key and logs it in {@code election.mail_log}.
 *
 * <p>It runs in a transaction of its own: the log row commits as soon as the server took the mail, even
 * if the job that asked for it rolls back afterwards, so the retried job finds the key and does not mail
 * again. When the server refuses, the row rolls back and {@link MailDeliveryException} is thrown.
 * The one gap left (the server took the mail, then the database failed before the commit) sends the
 * mail again with the same Message-ID, which lets mail clients show it once.
 */
@Service
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final MailRenderer renderer;
    private final MailLog log;
    private final MailSettings settings;

    public Mailer(JavaMailSender sender, MailRenderer renderer, MailLog log, MailSettings settings) {
        this.sender = sender;
        this.renderer = renderer;
        this.log = log;
        this.settings = settings;
    }

    /**
     * @throws kz.election.common.InvalidInputException naming every bad field of the request
     * @throws MailDeliveryException                    when the mail server does not take the mail
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public MailReceipt send(MailRequest request) {
        MailRequestValidation.check(request);
        var earlier = log.byIdempotencyKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return alreadySent(earlier.get());
        }
        MailKind kind = MailKind.fromKey(request.templateKey()).orElseThrow();
        MailLanguage language = MailLanguage.fromCode(request.language()).orElseThrow();
        RenderedMail mail = renderer.render(kind, language, request.recipientName(), request.businessKey(),
                request.model());
        // engine time, so that the log lines up with process history when a test or a repair moves the clock
        Instant now = ElectionTime.now();
        MailLogEntry entry = new MailLogEntry(0, now, request.recipientAddress().strip(), kind.key(), language.code(),
                mail.subject(), request.businessKey(), request.idempotencyKey(), messageId(request.idempotencyKey()));
        if (!log.claim(entry)) {
            // another node sent it while this one was rendering
            return alreadySent(log.byIdempotencyKey(request.idempotencyKey()).orElseThrow());
        }
        deliver(request, mail, entry);
        LOG.info("Mailed {} ({}) to {} for {}: {}", kind.key(), language.code(), masked(entry.recipient()),
                request.businessKey(), entry.messageId());
        return new MailReceipt(entry.idempotencyKey(), entry.messageId(), entry.sentAt(), false);
    }

    private void deliver(MailRequest request, RenderedMail mail, MailLogEntry entry) {
        try {
            sender.send(message(request, mail, entry));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            // the message and the stack trace become the job's failure, which Cockpit shows to supervisors:
            // the server's own words often quote the address, so it is masked there too
            String address = entry.recipient();
            RuntimeException cause = new RuntimeException(e.getClass().getName() + ": " + masked(e.getMessage(), address));
            cause.setStackTrace(e.getStackTrace());
            throw new MailDeliveryException("Mail " + entry.template() + " to " + masked(address)
                    + " (idempotency key " + masked(entry.idempotencyKey(), address) + ") was not sent: "
                    + masked(e.getMessage(), address), cause);
        }
    }

    /**
     * An address as logs and failures may show it: the first letter and the domain
     * ({@code a***@example.kz}), enough to tell two recipients apart, not enough to write to one.
     */
    public static String masked(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        return at <= 0 ? "***" : trimmed.charAt(0) + "***" + trimmed.substring(at);
    }

    /** Text with every occurrence of the address masked (any letter case). */
    static String masked(String text, String address) {
        if (text == null || address == null || address.isBlank()) {
            return text;
        }
        return text.replaceAll("(?i)" + java.util.regex.Pattern.quote(address.strip()),
                java.util.regex.Matcher.quoteReplacement(masked(address)));
    }

    private MimeMessage message(MailRequest request, RenderedMail mail, MailLogEntry entry)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress(entry.recipient(), request.recipientName(), StandardCharsets.UTF_8.name()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(entry.sentAt()));
        message.setHeader("Content-Language", entry.language());
        // plain text first: a client shows the last part it understands (RFC 2046, 5.1.4)
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(mail.text(), "plain"));
        alternative.addBodyPart(part(mail.html(), "html"));
        message.setContent(alternative);
        // JavaMailSenderImpl keeps a Message-ID that is set before sending
        message.setHeader("Message-ID", entry.messageId());
        return message;
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    // Derived from the idempotency key, so a mail sent again after a lost commit carries the same id.
    private String messageId(String idempotencyKey) {
        String domain = settings.from().substring(settings.from().lastIndexOf('@') + 1);
        UUID id = UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
        return "<" + id + "@" + domain + ">";
    }

    private static MailReceipt alreadySent(MailLogEntry entry) {
        return new MailReceipt(entry.idempotencyKey(), entry.messageId(), entry.sentAt(), true);
    }
}
