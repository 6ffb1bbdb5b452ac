package kz.election.i18n;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The business names of the BPMN elements of bpmn/ in Kazakh, Russian and English, from
 * {@code i18n/process-names_{kk,ru,en}.properties} (key {@code processId.elementId}), for mails and the
 * results page. The models themselves keep one (English) name, as Cockpit and Tasklist show it.
 */
@Component
public class ProcessNames {

    /** The languages the bundle holds; any other falls back to English. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    static final String BUNDLE = "i18n/process-names";

    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    private final MessageSource names;

    public ProcessNames() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        // the server's own locale must never decide which language a recipient reads
        source.setFallbackToSystemLocale(false);
        this.names = source;
    }

    /**
     * The name of element {@code elementId} of process {@code processId} in {@code language} (kk, ru,
     * en; anything else reads English). A key missing in that language falls back to English, and one
     * missing everywhere to the element id: ProcessNamesTest catches both before a recipient does.
     */
    public String name(String processId, String elementId, String language) {
        String key = processId + "." + elementId;
        Locale locale = LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : ENGLISH;
        try {
            return names.getMessage(key, null, locale);
        } catch (NoSuchMessageException missing) {
            return names.getMessage(key, null, elementId, ENGLISH);
        }
    }

    /** The name of the process itself, e.g. "Кандидатты тіркеу" for candidateRegistration in kk. */
    public String processName(String processId, String language) {
        return name(processId, processId, language);
    }
}
