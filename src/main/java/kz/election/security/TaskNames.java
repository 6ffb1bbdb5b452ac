package kz.election.security;

import java.util.Locale;
import java.util.function.Function;
import kz.election.i18n.ProcessNames;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A user task's name and description as a member reads them, in kk, ru or en. Camunda keeps one of each per
 * task, the model's English; the name in another language is the task's business name from
 * {@code i18n/process-names_*} (key {@code processKey.taskKey}), its description from
 * {@code i18n/tasklist-tasks_*} (key {@code processKey.taskKey.description}). The model's English is replaced
 * where the stored text holds it, so whatever a step adds around it stays; a text that does not hold it (a task
 * renamed by hand, a task of no model) reads as stored. A task without a description whose bundle has one (a
 * text the model's owner has not put into the model) is read with the bundle's.
 */
final class TaskNames {

    private final ProcessNames names;
    private final ResourceBundleMessageSource descriptions = new ResourceBundleMessageSource();

    TaskNames(ProcessNames names) {
        this.names = names;
        descriptions.setBasename("i18n/tasklist-tasks");
        descriptions.setDefaultEncoding("UTF-8");
        descriptions.setFallbackToSystemLocale(false);
    }

    /** The stored {@code name} of task {@code taskKey} of process {@code processKey} as read in {@code language}. */
    String name(String processKey, String taskKey, String name, String language) {
        String english = names.name(processKey, taskKey, "en");
        if (english.equals(taskKey)) { // no business name in the bundles: nothing to translate
            return name;
        }
        return replaced(name, english, names.name(processKey, taskKey, language));
    }

    /** The stored {@code description} of task {@code taskKey} of process {@code processKey} as read in {@code language}. */
    String description(String processKey, String taskKey, String description, String language) {
        String key = processKey + "." + taskKey + ".description";
        String english = descriptions.getMessage(key, null, null, Locale.ENGLISH);
        if (english == null) {
            return description;
        }
        if (description == null) { // a task the model documents only in the bundles: what staff must know to decide
            return descriptions.getMessage(key, null, english, Locale.forLanguageTag(language));
        }
        return replaced(description, english, descriptions.getMessage(key, null, english, Locale.forLanguageTag(language)));
    }

    /**
     * What to store when a member sends back {@code sent} for a text stored as {@code stored}: Tasklist sends the
     * whole task it read to change a date, so a name or description that is the stored one as read in any
     * language is the stored one; anything else is the member's own change.
     */
    static String unread(String sent, String stored, Function<String, String> readIn) {
        if (sent == null || sent.equals(stored)) {
            return sent;
        }
        for (String language : ProcessNames.LANGUAGES) {
            if (sent.equals(readIn.apply(language))) {
                return stored;
            }
        }
        return sent;
    }

    private static String replaced(String stored, String english, String translated) {
        if (stored == null || english.isBlank() || !stored.contains(english)) {
            return stored;
        }
        return stored.replace(english, translated);
    }
}
