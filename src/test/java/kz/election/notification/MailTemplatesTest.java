package kz.election.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The templates and the three bundles agree, and every mail renders completely in every language. */
class MailTemplatesTest {

    private static final Path MAIL = Path.of("src/main/resources/mail");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.-]+)");

    private final MailRenderer renderer = new MailRenderer(MailSamples.SETTINGS);

    @Test
    void everyKeyATemplateUsesExistsInAllThreeBundles() {
        Set<String> used = keysUsedByTemplates();
        for (MailLanguage language : MailLanguage.values()) {
            assertThat(bundle(language).stringPropertyNames())
                    .as("messages_%s.properties", language.code())
                    .containsAll(used);
        }
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndNoneUnused() {
        Set<String> kk = bundle(MailLanguage.KK).stringPropertyNames();
        assertThat(bundle(MailLanguage.RU).stringPropertyNames()).isEqualTo(kk);
        assertThat(bundle(MailLanguage.EN).stringPropertyNames()).isEqualTo(kk);
        assertThat(keysUsedByTemplates()).as("keys no template uses").isEqualTo(new TreeSet<>(kk));
    }

    @Test
    void aMessageTakesTheSameArgumentsInEveryLanguage() {
        Map<String, Integer> kk = argumentCounts(MailLanguage.KK);
        assertThat(argumentCounts(MailLanguage.RU)).isEqualTo(kk);
        assertThat(argumentCounts(MailLanguage.EN)).isEqualTo(kk);
    }

    @Test
    void thereIsNoFallbackBundle() {
        // a base bundle would quietly answer for a language whose key is missing
        assertThat(MAIL.resolve("messages.properties")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindHasAnHtmlAndATextTemplate(MailKind kind) {
        assertThat(MAIL.resolve("html/" + kind.key() + ".html")).exists();
        assertThat(MAIL.resolve("text/" + kind.key() + ".txt")).exists();
    }

    @Test
    void everyKindHasASample() {
        assertThat(MailSamples.all().stream().map(MailSamples.Sample::kind).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(MailKind.class));
    }

    static Stream<Object[]> samplesInEveryLanguage() {
        return MailSamples.all().stream()
                .flatMap(sample -> Arrays.stream(MailLanguage.values()).map(language -> new Object[] {sample, language}));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samplesInEveryLanguage")
    void rendersEveryMailInEveryLanguageWithoutUnresolvedMessages(MailSamples.Sample sample, MailLanguage language) {
        RenderedMail mail = renderer.render(sample.kind(), language, "Aigerim Seitkali", "E-2026-001", sample.model());

        for (String part : new String[] {mail.subject(), mail.html(), mail.text()}) {
            assertThat(part).doesNotContain("??").doesNotContainPattern("\\bnull\\b").doesNotContain("${").doesNotContain("#{");
        }
        assertThat(mail.subject()).isNotBlank();
        assertThat(mail.html()).contains("lang=\"" + language.code() + "\"").contains("Aigerim Seitkali");
        assertThat(mail.text()).contains("Aigerim Seitkali").doesNotContain("<p");
    }

    @Test
    void showsTimesInKazakhstanTimeWithTheOffsetStated() {
        MailSamples.Sample nomination = MailSamples.all().get(0);
        RenderedMail mail = renderer.render(nomination.kind(), MailLanguage.RU, "A", "E-1", nomination.model());
        // 13:00 UTC is 18:00 in Kazakhstan
        assertThat(mail.text()).contains("20 июня 2026 г., 18:00 (UTC+5)");
    }

    @Test
    void formatsNumbersAsEachLanguageWritesThem() {
        Map<String, Object> model = new java.util.HashMap<>(MailSamples.all().stream()
                .filter(s -> s.kind() == MailKind.ELECTION_RESULT).findFirst().orElseThrow().model());
        model.put("results", java.util.List.of(Map.of("name", "Aigerim Seitkali", "votes", 1209817)));
        assertThat(renderer.render(MailKind.ELECTION_RESULT, MailLanguage.EN, "A", "E-1", model).text()).contains("1,209,817").contains("26 July 2026");
        assertThat(renderer.render(MailKind.ELECTION_RESULT, MailLanguage.RU, "A", "E-1", model).text()).contains("1\u00a0209\u00a0817");
    }

    @Test
    void showsTheTableOfFactsInItsOrderAndLeavesOutAnAbsentOptionalLine() {
        Map<String, Object> model = new java.util.HashMap<>(MailSamples.refusal());
        String withNumber = renderer.render(MailKind.CANDIDATE_REFUSED, MailLanguage.EN, "A", "E-1", model).text();
        model.remove("decisionNumber");
        RenderedMail without = renderer.render(MailKind.CANDIDATE_REFUSED, MailLanguage.EN, "A", "E-1", model);

        assertThat(withNumber).contains("Commission: Kosshy territorial election commission\nDecision No.: 12/3\nDate of decision: 1 July 2026\n");
        assertThat(without.text()).contains("Commission: Kosshy territorial election commission\nDate of decision: 1 July 2026\n")
                .doesNotContain("Decision No.");
        assertThat(without.html()).doesNotContain("Decision No.");
    }

    @Test
    void showsARemedyKindAsItsMessageWithTheTarget() {
        Map<String, Object> model = Map.of("complaintNumber", "C-19", "commissionName", "Kosshy TEC",
                "decidedOn", java.time.LocalDate.of(2026, 6, 24), "decision", "UPHELD", "reasons", "R",
                "remedyKind", "RECOUNT", "remedyTarget", "412", "appealDeadline", java.time.LocalDate.of(2026, 6, 30));
        RenderedMail mail = renderer.render(MailKind.COMPLAINT_DECIDED, MailLanguage.RU, "A", "E-1", model);

        assertThat(mail.text()).contains("Принятые меры: Пересчёт голосов на участке № 412\n");
        assertThat(mail.html()).contains("Пересчёт голосов на участке № 412</td>");
    }

    private static Set<String> keysUsedByTemplates() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(MAIL.resolve("html")), Files.list(MAIL.resolve("text")))) {
            for (Path file : files.toList()) {
                Matcher matcher = MESSAGE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (MailKind kind : MailKind.values()) {
            keys.add(kind.key() + ".subject"); // read by the renderer, not by a template
        }
        keys.addAll(MailFacts.messageKeys()); // the tables of facts, read by the renderer too
        return keys;
    }

    private static Map<String, Integer> argumentCounts(MailLanguage language) {
        Properties bundle = bundle(language);
        Map<String, Integer> counts = new TreeMap<>();
        for (String key : bundle.stringPropertyNames()) {
            // also proves each message is a valid MessageFormat pattern
            counts.put(key, new MessageFormat(bundle.getProperty(key)).getFormatsByArgumentIndex().length);
        }
        return counts;
    }

    private static Properties bundle(MailLanguage language) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(MAIL.resolve("messages_" + language.code() + ".properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
