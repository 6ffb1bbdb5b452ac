package kz.election.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The staff's own texts (a lost race's answer, the demo's mail page) exist in kk, ru and en, key for key. */
class StaffTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/engine-answers", "demo/messages", "i18n/tasklist-filters", "i18n/tasklist-tasks"})
    void everyKeyIsInKazakhRussianAndEnglish(String bundle) throws Exception {
        Properties english = read(bundle + "_en.properties");
        assertThat(english).isNotEmpty();
        for (String language : ProcessNames.LANGUAGES) {
            Properties texts = read(bundle + "_" + language + ".properties");
            assertThat(texts.keySet()).as("%s in %s", bundle, language).containsExactlyInAnyOrderElementsOf(english.keySet());
            assertThat(texts.values()).as("%s in %s", bundle, language).allMatch(text -> !text.toString().isBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru-RU,ru;q=0.9", "kk", "de-DE, fr", "", "not a header;;q=x"})
    void aBrowsersLanguageReadsAsKazakhRussianOrElseEnglish(String header) {
        assertThat(StaffLanguages.fromAcceptLanguage(header)).isEqualTo(header.startsWith("ru") ? "ru"
                : header.equals("kk") ? "kk" : "en");
    }

    private static Properties read(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = StaffTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
