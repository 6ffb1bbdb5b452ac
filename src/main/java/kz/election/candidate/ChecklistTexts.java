package kz.election.candidate;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The eligibility checklist in the reader's language: each line's outcome, rule and finding from the
 * {@code i18n/checklist_*} bundles (kk, ru, en), the finding's numbers and dates put in by
 * {@link MessageFormat}. English is what the checklist always read, so a stored line and the candidate's letter
 * keep their text. Plain Java: the rules and Tasklist's reading both use it.
 */
public final class ChecklistTexts {

    private static final String BUNDLE = "i18n/checklist";

    private ChecklistTexts() {
    }

    /** A finding in {@code language} (kk, ru, or else English), with the U mark when its rule's value has one. */
    public static String message(CheckText text, String language) {
        ResourceBundle bundle = bundle(language);
        String sentence = new MessageFormat(bundle.getString("msg." + text.key()), locale(language))
                .format(text.args().toArray());
        return text.unconfirmed() ? sentence + " " + bundle.getString("mark.unconfirmed") : sentence;
    }

    /**
     * The checklist as one text, a line per rule, as the reviewer reads it in Tasklist; within 3,900 characters
     * (a string variable holds 4,000). The findings that name the IIN or the birth date say only their outcome:
     * whoever reads the process reads this text; the nomination row holds them in full.
     */
    public static String summary(List<RuleResult> results, String language) {
        ResourceBundle bundle = bundle(language);
        String text = results.stream()
                .map(r -> "[" + bundle.getString("outcome." + r.outcome()) + "] " + bundle.getString("rule." + r.code())
                        + (NominationChecks.PERSONAL_FINDINGS.contains(r.code()) ? " (" + bundle.getString("personal") + ")"
                        : ": " + (r.text() == null ? r.message() : message(r.text(), language))))
                .collect(Collectors.joining("\n"));
        return text.length() <= 3_900 ? text : text.substring(0, 3_899) + "…";
    }

    private static ResourceBundle bundle(String language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException none) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }

    private static Locale locale(String language) {
        return "kk".equals(language) || "ru".equals(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }
}
