package kz.election.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The Russian Tasklist text started from the community's camunda-7-webapp-translations; Cockpit,
 * Admin, the welcome page and all Kazakh text were written for this project (README "Languages").
 */
class WebappTranslationsTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}|%[ds]");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Every string of en.json has its kk and ru text, in all four webapps. The one documented gap:
     * Cockpit's and Admin's {@code PLGN_*} keys that no script of the Community webjar refers to.
     * They belong to Camunda's Enterprise plugins (history, reports, migration, modification, batch
     * and search views of Cockpit Full), which this Community Edition build does not contain, so no
     * commission member can ever see them. Should the webjar start using one, it is required here.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tasklist, kk", "tasklist, ru", "welcome, kk", "welcome, ru",
        "cockpit, kk", "cockpit, ru", "admin, kk", "admin, ru"})
    void everyEnglishStringHasATranslation(String app, String lang) throws IOException {
        Map<String, String> en = leaves(read(app, "en"));
        Map<String, String> translated = leaves(read(app, lang));
        Set<String> leftOut = enterpriseOnly(app, en.keySet());

        assertThat(en.keySet()).as("keys of %s/%s.json that en.json no longer has", app, lang)
                .containsAll(translated.keySet());
        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(translated.keySet());
        missing.removeAll(leftOut);
        assertThat(missing).as("%s/%s.json lacks these keys of Camunda's en.json (%d Enterprise-only keys are left out)",
                app, lang, leftOut.size()).isEmpty();
        en.forEach((key, english) -> {
            if (!english.isBlank() && translated.containsKey(key)) {
                assertThat(translated.get(key)).as("%s/%s.json %s", app, lang, key).isNotBlank();
            }
        });
        assertPlaceholdersKept(app, lang, en, translated);
    }

    /** The scan that finds the Enterprise-only keys does see the PLGN_ keys the Community scripts use. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"cockpit, labels.PLGN_HIST_OPEN_STACKTRACE labels.PLGN_AUDIT_ADD_ANNOTATION, labels.PLGN_MIG_SELECT_INSTANCES",
        "admin, labels.PLGN_AUDIT_ADD_ANNOTATION, labels.PLGN_AUDIT_OPERATION"})
    void leavesOutOnlyStringsOfPluginsThisEditionLacks(String app, String used, String enterprise) throws IOException {
        Map<String, String> en = leaves(read(app, "en"));
        Set<String> leftOut = enterpriseOnly(app, en.keySet());

        assertThat(leftOut).allMatch(key -> key.startsWith("labels.PLGN_"))
                .doesNotContainAnyElementsOf(List.of(used.split(" ")))
                .contains(enterprise);
        assertThat(enterpriseOnly("tasklist", leaves(read("tasklist", "en")).keySet())).isEmpty();
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

    private static final Pattern PLUGIN_KEY = Pattern.compile("PLGN_[A-Z0-9_]+");

    /**
     * Keys of en.json named {@code PLGN_*} that neither the app's bootstrap script nor its plugin
     * bundle in the webjar mentions (the Community webjar ships only these two for each app).
     */
    private static Set<String> enterpriseOnly(String app, Set<String> keys) throws IOException {
        if (!app.equals("cockpit") && !app.equals("admin")) {
            return Set.of();
        }
        String scripts = text(APP + app + "/camunda-" + app + "-bootstrap.js")
                + text("META-INF/resources/plugin/" + app + "/app/plugin.js");
        Set<String> used = new TreeSet<>();
        PLUGIN_KEY.matcher(scripts).results().forEach(m -> used.add(m.group()));
        Set<String> leftOut = new TreeSet<>();
        for (String key : keys) {
            String label = key.substring(key.indexOf('.') + 1);
            if (key.startsWith("labels.PLGN_") && !used.contains(label)) {
                leftOut.add(key);
            }
        }
        return leftOut;
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
