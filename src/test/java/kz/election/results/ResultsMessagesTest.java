package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.election.complaint.ComplaintStatus;
import kz.election.complaint.ComplaintSubject;
import kz.election.complaint.CourtRuling;
import kz.election.complaint.RemedyKind;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionStatus;
import kz.election.election.ElectoralCalendar;
import kz.election.election.ResultVersion;
import kz.election.ruleset.Level;
import kz.election.tally.Outcome;
import kz.election.notification.MailLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The results pages speak kk, ru and en completely: a key missing in one language fails here, not on a page. */
class ResultsMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/results");
    private static final Path BUNDLES = Path.of("src/main/resources/results");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)|#messages\\.msg\\('([a-zA-Z0-9.]+)'");

    @Test
    void theThreeBundlesHaveTheSameKeys() {
        Set<String> kk = bundle(MailLanguage.KK).stringPropertyNames();
        assertThat(new TreeSet<>(bundle(MailLanguage.RU).stringPropertyNames())).isEqualTo(new TreeSet<>(kk));
        assertThat(new TreeSet<>(bundle(MailLanguage.EN).stringPropertyNames())).isEqualTo(new TreeSet<>(kk));
    }

    @ParameterizedTest
    @EnumSource(MailLanguage.class)
    void everyKeyThePagesUseExists(MailLanguage language) {
        Set<String> keys = bundle(language).stringPropertyNames();
        assertThat(keys).as("messages_%s.properties", language.code()).containsAll(keysUsedByTemplates());
        assertThat(keys).containsAll(prefixed("level.", Level.values()));
        assertThat(keys).containsAll(prefixed("reason.", ElectionReason.values()));
        assertThat(keys).containsAll(prefixed("status.", ElectionStatus.values()));
        assertThat(keys).containsAll(prefixed("precinct.", PrecinctStatus.values()));
        assertThat(keys).containsAll(calendarKeys().stream().map(key -> "calendar." + key).toList());
        assertThat(keys).containsAll(prefixed("outcome.", PublicOutcome.values()));
        assertThat(keys).contains("result.status.PUBLISHED", "result.status.FINAL");
        assertThat(keys).containsAll(prefixed("countOutcome.", Outcome.Kind.values()));
        assertThat(keys).contains("countOutcome." + ResultVersion.INVALID);
        assertThat(keys).containsAll(prefixed("complaint.subject.", ComplaintSubject.values()));
        assertThat(keys).containsAll(prefixed("complaint.status.", ComplaintStatus.values()));
        assertThat(keys).containsAll(prefixed("complaint.remedy.", RemedyKind.values()));
        assertThat(keys).containsAll(prefixed("complaint.court.", CourtRuling.values()));
        assertThat(keys).contains("complaint.decision.DISMISSED", "complaint.decision.UPHELD", "complaint.court.pending",
                "precinct.excludedByComplaint", "revisions.byComplaint", "revisions.firstCount");
        // bad-filter.html names its message by the parameter it refuses
        assertThat(keys).contains("badFilter.oblast", "badFilter.district");
    }

    @Test
    void everyMessageTakesTheSameArgumentsInEveryLanguage() {
        Map<String, Integer> kk = argumentCounts(MailLanguage.KK);
        assertThat(argumentCounts(MailLanguage.RU)).isEqualTo(kk);
        assertThat(argumentCounts(MailLanguage.EN)).isEqualTo(kk);
    }

    @Test
    void thereIsNoFallbackBundle() {
        // a base bundle would quietly answer for a language whose key is missing
        assertThat(BUNDLES.resolve("messages.properties")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(MailLanguage.class)
    void noMessageIsEmptyOrLeftInEnglish(MailLanguage language) {
        Properties bundle = bundle(language);
        Properties english = bundle(MailLanguage.EN);
        for (String key : bundle.stringPropertyNames()) {
            assertThat(bundle.getProperty(key)).as(key).isNotBlank();
            if (language != MailLanguage.EN && !key.startsWith("downloads.")) {
                assertThat(bundle.getProperty(key)).as("%s in %s", key, language).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    private static Set<String> keysUsedByTemplates() {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            Set<String> keys = new TreeSet<>();
            for (Path file : files.toList()) {
                Matcher m = MESSAGE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    // 'complaint.status.' + c.status(): a prefix of keys the enums below name one by one
                    if (!key.endsWith(".")) {
                        keys.add(key);
                    }
                }
            }
            assertThat(keys).isNotEmpty();
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> calendarKeys() {
        return Arrays.stream(ElectoralCalendar.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(ResultsMessagesTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> prefixed(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + v.name()).collect(Collectors.toSet());
    }

    private static Map<String, Integer> argumentCounts(MailLanguage language) {
        Properties bundle = bundle(language);
        Map<String, Integer> counts = new TreeMap<>();
        bundle.stringPropertyNames().forEach(key ->
                counts.put(key, new MessageFormat(bundle.getProperty(key)).getFormatsByArgumentIndex().length));
        return counts;
    }

    static Properties bundle(MailLanguage language) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve("messages_" + language.code() + ".properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
