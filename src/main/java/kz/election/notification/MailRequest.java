package kz.election.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One mail to one person.
 *
 * @param recipientAddress the address, e.g. {@code a.nurlanov@example.kz}
 * @param recipientName    the name used in the greeting
 * @param language         {@code kk}, {@code ru} or {@code en}
 * @param templateKey      one of {@link MailKind}'s keys, e.g. {@code candidate-refused}
 * @param model            plain values for the template (strings, numbers, booleans, dates and times,
 *                         lists and maps of them); see {@link MailKind} for what each kind needs
 * @param businessKey      what the mail is about, for the log: an election or complaint number
 * @param idempotencyKey   the same key is mailed at most once, however often it is sent
 */
public record MailRequest(
        String recipientAddress,
        String recipientName,
        String language,
        String templateKey,
        Map<String, Object> model,
        String businessKey,
        String idempotencyKey) {

    public MailRequest {
        // a copy that keeps null values: an absent optional value is not an error
        model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    public MailRequest withIdempotencyKey(String key) {
        return new MailRequest(recipientAddress, recipientName, language, templateKey, model, businessKey, key);
    }

    public MailRequest withBusinessKey(String key) {
        return new MailRequest(recipientAddress, recipientName, language, templateKey, model, key, idempotencyKey);
    }
}
