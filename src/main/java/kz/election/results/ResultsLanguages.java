package kz.election.results;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.election.notification.MailLanguage;

/**
 * The language of a results page: {@code ?lang=kk|ru|en} when given, else the browser's
 * Accept-Language, else English. A language the page does not have (or a malformed header) gives
 * English too: the page never fails over its language.
 */
public final class ResultsLanguages {

    private static final List<String> OFFERED = List.of("kk", "ru", "en");

    private ResultsLanguages() {
    }

    public static MailLanguage resolve(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return MailLanguage.fromCode(lang.strip().toLowerCase(Locale.ROOT)).orElse(MailLanguage.EN);
        }
        return fromHeader(acceptLanguage).orElse(MailLanguage.EN);
    }

    private static Optional<MailLanguage> fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            // lookup truncates "ru-RU" to "ru" and honours the q-values' order
            String tag = Locale.lookupTag(ranges, OFFERED);
            return tag == null ? Optional.empty() : MailLanguage.fromCode(tag);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
