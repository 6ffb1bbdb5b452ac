package kz.election.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import kz.election.i18n.ProcessNames;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A Tasklist filter's name in each staff language, kept in the filter's own properties ({@code name_kk},
 * {@code name_ru}, {@code name_en}) beside the one name Camunda keeps, from {@code i18n/tasklist-filters_*}.
 */
final class FilterNames {

    /** The property holding the filter's name in {@code language}. */
    static String property(String language) {
        return "name_" + language;
    }

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    FilterNames() {
        texts.setBasename("i18n/tasklist-filters");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    String text(String language, String key, Object... arguments) {
        return texts.getMessage(key, arguments, Locale.forLanguageTag(language));
    }

    /** Stores the filter's names in every language, saving it only when one changed. */
    void name(FilterService filters, Filter filter, Function<String, String> nameIn) {
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties() == null ? Map.of() : filter.getProperties());
        if (put(properties, nameIn)) {
            filters.saveFilter(filter.setProperties(properties));
        }
    }

    /** Puts the names in every language into a filter's properties; whether one changed. */
    boolean put(Map<String, Object> properties, Function<String, String> nameIn) {
        boolean changed = false;
        for (String language : ProcessNames.LANGUAGES) {
            String name = nameIn.apply(language);
            if (!name.equals(properties.get(property(language)))) {
                properties.put(property(language), name);
                changed = true;
            }
        }
        return changed;
    }
}
