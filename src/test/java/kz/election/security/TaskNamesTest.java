package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.election.i18n.ProcessNames;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ComplaintModel;
import kz.election.model.NoConfidenceModel;
import kz.election.model.PrecinctCountModel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * Every user task of every model in bpmn/ reads in Kazakh, Russian and English in Tasklist: its name, and its
 * description where the model gives one. A task added without them fails here, naming what to add where.
 */
class TaskNamesTest {

    private static final String REVIEW_NOMINATION = CandidateRegistrationModel.Elements.REVIEW_NOMINATION;

    private final TaskNames names = new TaskNames(new ProcessNames());

    @Test
    void everyUserTaskOfEveryModelHasItsNameAndDescriptionInKazakhRussianAndEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        int tasks = 0;
        for (Path file : models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                tasks++;
                String process = processOf(task).getId();
                String where = file.getFileName() + " " + process + "." + task.getId();
                String stored = task.getName();
                assertThat(names.name(process, task.getId(), stored, "en")).as(where).isEqualTo(stored);
                for (String language : List.of("kk", "ru")) {
                    String read = names.name(process, task.getId(), stored, language);
                    if (read.equals(stored) || read.codePoints().noneMatch(TaskNamesTest::isCyrillic)) {
                        missing.add(where + " name in i18n/process-names_" + language + " (reads \"" + read + "\")");
                    }
                }
                String documentation = documentationOf(task);
                if (documentation != null) {
                    for (String language : List.of("kk", "ru")) {
                        String read = names.description(process, task.getId(), documentation, language);
                        if (read.equals(documentation) || read.codePoints().noneMatch(TaskNamesTest::isCyrillic)) {
                            missing.add(where + ".description in i18n/tasklist-tasks_en and _" + language
                                    + " (the English word for word as the model's documentation)");
                        }
                    }
                }
            }
        }
        assertThat(tasks).as("user tasks in bpmn/").isGreaterThanOrEqualTo(22);
        assertThat(missing).as("user tasks Tasklist would show in English").isEmpty();
    }

    @Test
    void theModelsNameIsReplacedWhereTheStoredNameHoldsIt() {
        assertThat(names.name(CandidateRegistrationModel.PROCESS, REVIEW_NOMINATION, "Review nomination", "kk"))
                .isEqualTo("Ұсынылған кандидатты қарау");
        assertThat(names.name(CandidateRegistrationModel.PROCESS, REVIEW_NOMINATION, "REHEARSAL · Review nomination", "ru"))
                .isEqualTo("REHEARSAL · Рассмотреть выдвижение");
        assertThat(names.name(CandidateRegistrationModel.PROCESS, REVIEW_NOMINATION, "Papers to check", "ru")).isEqualTo("Papers to check");
        assertThat(names.name(CandidateRegistrationModel.PROCESS, "noSuchTask", "Review nomination", "ru")).isEqualTo("Review nomination");
        assertThat(names.name(CandidateRegistrationModel.PROCESS, REVIEW_NOMINATION, null, "ru")).isNull();
        assertThat(names.description(ComplaintModel.PROCESS, ComplaintModel.Elements.RECORD_COURT_RULING,
                "Completed when the court's ruling arrives; the court sets its own time, so no timer guards this task.", "ru"))
                .startsWith("Выполняется, когда поступает решение суда");
        assertThat(names.description(ComplaintModel.PROCESS, ComplaintModel.Elements.REVIEW_COMPLAINT, "Anything", "kk")).isEqualTo("Anything");
    }

    /** docs/RULES.md, What kz-2026-12-08 corrects: the President's term for a dismissal has no source, and staff read so. */
    @Test
    void aTaskTheModelLeavesUndocumentedReadsTheBundlesDescriptionWithItsMark() {
        for (String language : ProcessNames.LANGUAGES) {
            String read = names.description(NoConfidenceModel.PROCESS, NoConfidenceModel.Elements.RECORD_DISMISSAL_DECISION,
                    null, language);
            assertThat(read).as(language).contains("(U: ");
            java.util.function.Function<String, String> readIn = other -> names.description(NoConfidenceModel.PROCESS,
                    NoConfidenceModel.Elements.RECORD_DISMISSAL_DECISION, null, other);
            assertThat(TaskNames.unread(read, null, readIn)).as("sent back by Tasklist in %s", language).isNull();
        }
        assertThat(names.description(NoConfidenceModel.PROCESS, NoConfidenceModel.Elements.RECORD_DISMISSAL_DECISION, null, "ru"))
                .startsWith("Зафиксируйте решение Президента");
        assertThat(names.description(ComplaintModel.PROCESS, ComplaintModel.Elements.REVIEW_COMPLAINT, null, "kk")).isNull();
    }

    @Test
    void aTaskSentBackAsReadInAnyLanguageKeepsItsStoredNameAndAChangedOneIsTheSenders() {
        String stored = "Accept the precinct protocol";
        java.util.function.Function<String, String> readIn = language -> names.name(PrecinctCountModel.PROCESS,
                PrecinctCountModel.Elements.ACCEPT_PROTOCOL, stored, language);

        assertThat(TaskNames.unread("Принять протокол участковой комиссии", stored, readIn)).isEqualTo(stored);
        assertThat(TaskNames.unread("Учаскелік комиссияның хаттамасын қабылдау", stored, readIn)).isEqualTo(stored);
        assertThat(TaskNames.unread(stored, stored, readIn)).isEqualTo(stored);
        assertThat(TaskNames.unread("Accept protocol No. 7", stored, readIn)).isEqualTo("Accept protocol No. 7");
        assertThat(TaskNames.unread(null, stored, readIn)).isNull();
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static String documentationOf(UserTask task) {
        return task.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse(null);
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static boolean isCyrillic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC;
    }
}
