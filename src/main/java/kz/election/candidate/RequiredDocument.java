package kz.election.candidate;

import java.util.Objects;

/** A document the ruleset requires in a nomination file: a stable code and the name staff know it by. */
public record RequiredDocument(String code, String name) {

    public RequiredDocument {
        requireText(code, "code");
        requireText(name, "name");
    }

    static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
