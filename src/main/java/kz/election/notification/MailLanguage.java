package kz.election.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages every mail exists in; each has its own bundle, none falls back to another. */
public enum MailLanguage {
    KK, RU, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** How dates, times and numbers are written: English as in Kazakhstan, day first and a 24-hour clock. */
    public Locale formatLocale() {
        return this == EN ? Locale.UK : locale();
    }

    public static Optional<MailLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }
}
