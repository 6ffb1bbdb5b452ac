package kz.election.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Camunda Form in forms/, today's and tomorrow's, speaks Kazakh and Russian: each heading,
 * label and option reads "Қазақша / Русский" (form-js 7.24 cannot switch a form's language).
 */
class FormLabelsTest {

    private static final Path FORMS = Path.of("forms");


    @Test
    void everyVisibleTextOfEveryFormIsKazakhSlashRussian() throws IOException {
        List<Path> forms = forms();
        List<String> problems = new ArrayList<>();
        for (Path form : forms) {
            problems.addAll(FormLabels.problemsOf(form));
        }

        assertThat(forms).as("forms/*.form").isNotEmpty();
        assertThat(problems).as("texts of forms/ to write as \"Қазақша / Русский\" (English goes in the description)")
                .isEmpty();
    }

    @Test
    void namesTheFormAndComponentOfEveryTextThatIsNotBilingual(@TempDir Path folder) throws IOException {
        Path form = folder.resolve("vote-count.form");
        Files.writeString(form, """
                {"id": "vote-count", "components": [
                  {"type": "text", "id": "title", "text": "# Санау / Count\\nbody"},
                  {"type": "number", "id": "votesField", "key": "votes", "label": "Votes"},
                  {"type": "radio", "id": "decisionField", "key": "decision", "label": "Шешім / Решение",
                   "values": [{"value": "YES", "label": "Иә"}, {"value": "NO", "label": "Жоқ / Нет / No"}]},
                  {"type": "dynamiclist", "id": "linesList", "label": "Жолдар / Строки", "components": [
                    {"type": "textfield", "id": "nameField", "key": "name", "label": "Аты / "}]}]}
                """);

        assertThat(FormLabels.problemsOf(form)).containsExactly(
                "vote-count.form title heading: \"Санау / Count\" needs Kazakh and Russian text on each side of \" / \"",
                "vote-count.form votesField (votes) label: \"Votes\" is not \"Қазақша / Русский\"",
                "vote-count.form decisionField (decision) option YES: \"Иә\" is not \"Қазақша / Русский\"",
                "vote-count.form decisionField (decision) option NO: \"Жоқ / Нет / No\" is not \"Қазақша / Русский\"",
                "vote-count.form nameField (name) label: \"Аты / \" is not \"Қазақша / Русский\"");
    }

    @Test
    void aFormInRussianTwiceIsNotKazakh(@TempDir Path folder) throws IOException {
        Path form = folder.resolve("vote-count.form");
        Files.writeString(form, """
                {"id": "vote-count", "components": [
                  {"type": "number", "id": "votesField", "key": "votes", "label": "Голоса / Голоса"}]}
                """);

        assertThat(FormLabels.problemsOf(form)).singleElement().asString().contains("no Kazakh letter");
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
    }
}
