package kz.election.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our kk.json and ru.json against the en.json that the Camunda webjar on the classpath ships, so a
 * Camunda upgrade that adds strings fails here rather than showing English to a commission member.
 */
class WebappTranslationsTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}|%[ds]");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Tasklist and the welcome page are translated completely: every string of en.json. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tasklist, kk", "tasklist, ru", "welcome, kk", "welcome, ru"})
    void everyEnglishStringHasATranslation(String app, String lang) throws IOException {
        Map<String, String> en = leaves(read(app, "en"));
        Map<String, String> translated = leaves(read(app, lang));

        assertThat(translated.keySet()).as("%s/%s.json keys", app, lang).containsExactlyInAnyOrderElementsOf(en.keySet());
        en.forEach((key, english) -> {
            if (!english.isBlank()) {
                assertThat(translated.get(key)).as("%s/%s.json %s", app, lang, key).isNotBlank();
            }
        });
        assertPlaceholdersKept(app, lang, en, translated);
    }

    /**
     * Cockpit and Admin are translated for what a supervisor sees first (navigation, login, dashboard,
     * process pages); the rest falls back to en per key. No key may be stale or lose a placeholder.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"cockpit, kk", "cockpit, ru", "admin, kk", "admin, ru"})
    void partialTranslationsOnlyCarryCurrentKeys(String app, String lang) throws IOException {
        Map<String, String> en = leaves(read(app, "en"));
        Map<String, String> translated = leaves(read(app, lang));

        assertThat(en.keySet()).as("keys of %s/%s.json that en.json no longer has", app, lang)
                .containsAll(translated.keySet());
        assertThat(translated.keySet()).as("%s/%s.json date names", app, lang)
                .containsAll(en.keySet().stream().filter(k -> k.startsWith("dateLocales.")).toList());
        assertThat(translated.values()).as("%s/%s.json values", app, lang).allMatch(v -> !v.isBlank());
        assertPlaceholdersKept(app, lang, en, translated);
    }

    @ParameterizedTest(name = "{0} supervisor strings")
    @CsvSource({
        "cockpit, PAGE_LOGIN_SIGN_IN_ACTION COCKPIT_PROCESSES COCKPIT_DECISIONS COCKPIT_HUMAN_TASKS COCKPIT_MORE"
                + " DASHBOARD_RUNNING_PROCESS_INSTANCE DASHBOARD_OPEN_INCIDENTS DASHBOARD_OPEN_HUMAN_TASKS"
                + " DASHBOARD_PROCESS_DEFINITIONS DASHBOARD_DEPLOYED DASHBOARD_METRICS",
        "admin, PAGE_LOGIN_SIGN_IN_ACTION"})
    void cockpitAndAdminTranslateNavigationLoginAndDashboard(String app, String keys) throws IOException {
        for (String lang : new String[] {"kk", "ru"}) {
            JsonNode labels = read(app, lang).path("labels");
            for (String key : keys.split(" ")) {
                assertThat(labels.path(key).asText()).as("%s/%s.json %s", app, lang, key).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void webappOffersKazakhRussianAndEnglish(String app) throws IOException {
        String config = text(APP + app + "/scripts/config.js");

        assertThat(config).contains("availableLocales: ['kk', 'ru', 'en']", "fallbackLocale: 'en'");
    }

    private static void assertPlaceholdersKept(String app, String lang, Map<String, String> en,
            Map<String, String> translated) {
        translated.forEach((key, value) -> assertThat(placeholders(value))
                .as("placeholders of %s/%s.json %s", app, lang, key)
                .isEqualTo(placeholders(en.get(key))));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group());
        }
        return found;
    }

    /** Key paths to texts; arrays count by index (month names), numbers as text (week start). */
    private static Map<String, String> leaves(JsonNode root) {
        Map<String, String> out = new TreeMap<>();
        collect("", root, out);
        return out;
    }

    private static void collect(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(path, node.asText());
        }
    }

    private static JsonNode read(String app, String lang) throws IOException {
        String resource = APP + app + "/locales/" + lang + ".json";
        try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return JSON.readTree(in); // Jackson skips the BOM the webjar's files start with
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
