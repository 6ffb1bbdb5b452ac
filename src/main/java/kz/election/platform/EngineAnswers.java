package kz.election.platform;

import java.util.Locale;
import kz.election.i18n.ProcessNames;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of the engine doors' own answers (a lost race to finish a task) in kk, ru and en, from
 * {@code i18n/engine-answers_{kk,ru,en}.properties} (MessageFormat, UTF-8).
 */
final class EngineAnswers {

    static final String BUNDLE = "i18n/engine-answers";

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    EngineAnswers() {
        texts.setBasename(BUNDLE);
        texts.setDefaultEncoding("UTF-8");
        // the server's own locale must never decide which language a member reads
        texts.setFallbackToSystemLocale(false);
    }

    String text(String language, String key, Object... arguments) {
        String code = ProcessNames.LANGUAGES.contains(language) ? language : "en";
        return texts.getMessage(key, arguments, Locale.forLanguageTag(code));
    }
}
