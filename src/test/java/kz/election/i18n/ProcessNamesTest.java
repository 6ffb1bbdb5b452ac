package kz.election.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every business name of every model in bpmn/ has its Kazakh, Russian and English form in
 * i18n/process-names_*.properties, so a mail or the results page never shows a step in the wrong
 * language. A new or renamed element fails here with the keys to add.
 */
class ProcessNamesTest {

    private static final Path BPMN = Path.of("bpmn");

    @Test
    void everyNamedElementOfEveryModelHasItsNameInKazakhRussianAndEnglish() throws IOException {
        Map<String, String> named = new LinkedHashMap<>();
        for (Path model : models()) {
            named.putAll(namesOf(model));
        }

        assertThat(named).as("named elements in bpmn/").isNotEmpty();
        assertThat(problems(named, bundles()))
                .as("add these to src/main/resources/i18n/process-names_{kk,ru,en}.properties").isEmpty();
    }

    @Test
    void listsTheKeysAModelLacksAndTheStaleOnes(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("vote-count.bpmn");
        Bpmn.writeModelToFile(file.toFile(), Bpmn.createExecutableProcess("voteCount").name("Vote count")
                .startEvent("countBegins").name("Count begins")
                .endEvent("counted").name("Counted")
                .done());
        Properties en = properties("voteCount.voteCount=Vote count", "voteCount.countBegins=Count starts",
                "voteCount.counted=Counted", "voteCount.recount=Recount");
        Properties kk = properties("voteCount.voteCount=Дауыс санау", "voteCount.countBegins=Санау басталды",
                "voteCount.counted=Counted");
        Properties ru = properties();

        List<String> problems = problems(namesOf(file), Map.of("en", en, "kk", kk, "ru", ru));

        assertThat(problems).contains(
                "voteCount.countBegins: process-names_en says \"Count starts\", the model says \"Count begins\"",
                "voteCount.counted: process-names_kk has no Kazakh/Russian text: \"Counted\"",
                "voteCount.voteCount=Vote count is missing in process-names_ru",
                "voteCount.recount in process-names_en names no element of bpmn/");
    }

    @ParameterizedTest(name = "{0}.{1} in {2}")
    @CsvSource({
        "candidateRegistration, reviewNomination,      kk, Ұсынылған кандидатты қарау",
        "candidateRegistration, reviewNomination,      ru, Рассмотреть выдвижение",
        "candidateRegistration, reviewNomination,      en, Review nomination",
        "candidateRegistration, reviewNomination,      de, Review nomination",
        "candidateRegistration, candidateRegistration, ru, Регистрация кандидата",
        "precinctCount,         acceptProtocol,        kk, Учаскелік комиссияның хаттамасын қабылдау",
        "precinctCount,         noSuchStep,            kk, noSuchStep"})
    void readsTheNameInTheRecipientsLanguage(String process, String element, String language, String expected) {
        assertThat(new ProcessNames().name(process, element, language)).isEqualTo(expected);
    }

    @Test
    void namesTheProcessItself() {
        assertThat(new ProcessNames().processName("precinctCount", "kk")).isEqualTo("Учаскеде дауыстарды санау");
    }

    /** Element keys ({processId}.{elementId}) to the business name the model gives them. */
    static Map<String, String> namesOf(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Map<String, String> names = new LinkedHashMap<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (hasText(process.getName())) {
                names.put(process.getId() + "." + process.getId(), normalized(process.getName()));
            }
            for (FlowElement element : process.getChildElementsByType(FlowElement.class)) {
                collect(process.getId(), element, names);
            }
        }
        return names;
    }

    private static void collect(String processId, FlowElement element, Map<String, String> names) {
        if (hasText(element.getName())) {
            names.put(processId + "." + element.getId(), normalized(element.getName()));
        }
        for (FlowElement child : element.getChildElementsByType(FlowElement.class)) { // inside sub-processes
            collect(processId, child, names);
        }
    }

    static List<String> problems(Map<String, String> named, Map<String, Properties> bundles) {
        List<String> problems = new ArrayList<>();
        for (String language : ProcessNames.LANGUAGES) {
            String bundle = "process-names_" + language;
            Properties texts = bundles.get(language);
            named.forEach((key, name) -> {
                String text = texts.getProperty(key);
                if (text == null || text.isBlank()) {
                    problems.add(key + "=" + name + " is missing in " + bundle);
                } else if (language.equals("en") && !normalized(text).equals(name)) {
                    problems.add(key + ": " + bundle + " says \"" + text + "\", the model says \"" + name + "\"");
                } else if (!language.equals("en") && !text.codePoints().anyMatch(FormLabels::isCyrillic)) {
                    problems.add(key + ": " + bundle + " has no Kazakh/Russian text: \"" + text + "\"");
                }
            });
            Set<String> stale = new TreeSet<>(texts.stringPropertyNames());
            stale.removeAll(named.keySet());
            stale.forEach(key -> problems.add(key + " in " + bundle + " names no element of bpmn/"));
        }
        return problems;
    }

    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (String language : ProcessNames.LANGUAGES) {
            String resource = ProcessNames.BUNDLE + "_" + language + ".properties";
            try (InputStream in = ProcessNamesTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource + " on the classpath").isNotNull();
                Properties texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                bundles.put(language, texts);
            }
        }
        return bundles;
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(BPMN)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static Properties properties(String... lines) throws IOException {
        Properties texts = new Properties();
        texts.load(new java.io.StringReader(String.join("\n", lines)));
        return texts;
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
