package kz.election.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;

/** Everything wrong with a request at once, before anything is rendered or sent. */
final class MailRequestValidation {

    private MailRequestValidation() {
    }

    static void check(MailRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        checkAddress(request.recipientAddress(), violations);
        if (MailLanguage.fromCode(request.language()).isEmpty()) {
            violations.add(new FieldViolation("language", "must be one of kk, ru, en, not " + request.language()));
        }
        if (blank(request.idempotencyKey())) {
            violations.add(new FieldViolation("idempotencyKey", "is required"));
        }
        if (blank(request.recipientName())) {
            violations.add(new FieldViolation("recipientName", "is required"));
        }
        MailKind.fromKey(request.templateKey()).ifPresentOrElse(
                kind -> checkModel(kind, request.model(), violations),
                () -> violations.add(new FieldViolation("templateKey", "unknown mail template " + request.templateKey())));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkAddress(String address, List<FieldViolation> violations) {
        if (blank(address)) {
            violations.add(new FieldViolation("recipientAddress", "is required"));
            return;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            // a bare address only: "Name <a@b>" or a list would slip past the one-recipient log
            if (!parsed.getAddress().equals(address.strip()) || !address.contains("@")) {
                violations.add(new FieldViolation("recipientAddress", "must be a single bare address like name@example.kz"));
            }
        } catch (AddressException e) {
            violations.add(new FieldViolation("recipientAddress", "is not a valid address: " + e.getMessage()));
        }
    }

    private static void checkModel(MailKind kind, Map<String, Object> model, List<FieldViolation> violations) {
        for (String name : kind.requiredVariables()) {
            if (model.get(name) == null) {
                violations.add(new FieldViolation("model." + name, "is required by " + kind.key()));
            }
        }
        kind.choices().forEach((name, allowed) -> {
            Object value = model.get(name);
            if (value != null && !allowed.contains(String.valueOf(value))) {
                violations.add(new FieldViolation("model." + name, "must be one of " + allowed + ", not " + value));
            }
        });
        model.forEach((name, value) -> {
            if (MailRenderer.RESERVED_VARIABLES.contains(name)) {
                violations.add(new FieldViolation("model." + name, "is reserved for the template"));
            } else if (!plain(value)) {
                violations.add(new FieldViolation("model." + name, "must be a plain value, not " + value.getClass().getName()));
            }
        });
    }

    // Plain values keep a mail reproducible from what a process variable or a domain row holds.
    private static boolean plain(Object value) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Temporal || value instanceof Date || value instanceof Enum<?>) {
            return true;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().allMatch(MailRequestValidation::plain);
        }
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().allMatch(String.class::isInstance)
                    && map.values().stream().allMatch(MailRequestValidation::plain);
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
