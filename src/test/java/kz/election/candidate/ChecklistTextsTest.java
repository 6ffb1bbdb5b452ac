package kz.election.candidate;

import static kz.election.candidate.Nominations.APPLICATION;
import static kz.election.candidate.Nominations.CLOSES;
import static kz.election.candidate.Nominations.params;
import static kz.election.candidate.Nominations.selfNomination;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.election.ruleset.Certainty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The eligibility checklist a reviewer reads in Tasklist, in kk and ru as in English (ChecklistTexts). */
class ChecklistTextsTest {

    private final EligibilityCheck check = EligibilityCheck.standard();

    /** Every rule gives every outcome and finding, and a failing file in another language keeps no English line. */
    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void aFailingFileReadsInTheReadersLanguageWithItsNumbers(String language) {
        NominationFacts facts = selfNomination()
                .bornOn(LocalDate.of(2001, 1, 1))
                .citizenship("RU")
                .filedAt(CLOSES.plusSeconds(60))
                .documents(APPLICATION)
                .signatures(9)
                .build();
        EligibilityChecklist checklist = check.run(facts, params());

        String english = ChecklistTexts.summary(checklist.results(), "en");
        String read = ChecklistTexts.summary(checklist.results(), language);

        assertThat(english).isEqualTo(NominationChecks.summary(checklist)).contains("[FAILED] Candidate is a citizen of"
                + " Kazakhstan: stated citizenship is RU, not Kazakhstan (KZ)");
        assertThat(read.lines()).hasSize(RuleCode.values().length).allSatisfy(line ->
                assertThat(line).as(line).matches("\\[[^A-Za-z\\]]+\\] [^A-Za-z]+.*")
                        .doesNotContain("PASSED", "FAILED", "candidate", "nomination", "signatures"));
        assertThat(read).contains("RU", "KZ");
        // the same numbers as the English line names
        assertThat(digits(read)).containsAll(digits(english.lines().filter(l -> l.contains("signatures")).toList().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void theUnconfirmedMarkIsReadInTheReadersLanguage(String language) {
        CheckText marked = CheckText.of("citizen.kz").markedUnconfirmed();

        String read = ChecklistTexts.message(marked, language);

        assertThat(read).startsWith(ChecklistTexts.message(CheckText.of("citizen.kz"), language) + " (U: ");
        if (language.equals("en")) {
            assertThat(read).endsWith(Certainty.UNCONFIRMED_MARK);
        } else {
            assertThat(read).doesNotContain("rules mark");
        }
    }

    @Test
    void anUnknownLanguageReadsEnglishAndALineStoredWithoutItsTextReadsAsStored() {
        RuleResult stored = new RuleResult(RuleCode.CITIZEN, "Candidate is a citizen of Kazakhstan", "citation",
                RuleOutcome.PASSED, "citizen of Kazakhstan");

        assertThat(ChecklistTexts.message(CheckText.of("citizen.kz"), "de")).isEqualTo("citizen of Kazakhstan");
        assertThat(ChecklistTexts.summary(java.util.List.of(stored), "ru"))
                .isEqualTo("[ПРОЙДЕНО] Кандидат является гражданином Казахстана: citizen of Kazakhstan");
    }

    /** Each pattern names the same arguments in every language, so none is lost or misplaced in translation. */
    @Test
    void everyFindingNamesTheSameArgumentsInKazakhRussianAndEnglish() throws Exception {
        Properties english = read("i18n/checklist_en.properties");
        for (String language : new String[] {"kk", "ru"}) {
            Properties texts = read("i18n/checklist_" + language + ".properties");
            assertThat(texts.keySet()).as(language).containsExactlyInAnyOrderElementsOf(english.keySet());
            for (String key : english.stringPropertyNames()) {
                assertThat(arguments(texts.getProperty(key))).as("%s in %s", key, language)
                        .isEqualTo(arguments(english.getProperty(key)));
            }
        }
        for (RuleCode code : RuleCode.values()) {
            assertThat(english.getProperty("rule." + code)).isEqualTo(code.businessName());
        }
    }

    private static java.util.Set<String> arguments(String pattern) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static java.util.List<String> digits(String text) {
        return Pattern.compile("\\d+").matcher(text.replace(",", "").replace("\u00a0", "").replace(" ", ""))
                .results().map(r -> r.group()).toList();
    }

    private static Properties read(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ChecklistTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
