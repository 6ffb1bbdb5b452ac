package kz.election.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The house rule for the texts of a Camunda Form (README "Languages"): form-js 7.24 has no per-locale
 * switch, so every text a person sees says it twice, "Қазақша / Русский", with the English, where
 * staff or a lawyer need it, in the field's description.
 */
final class FormLabels {

    /** The letters Kazakh has and Russian lacks; a form whose Kazakh halves never use one is not Kazakh. */
    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private FormLabels() {
    }

    /** Every text of {@code form} that breaks the rule, each naming the form and the component. */
    static List<String> problemsOf(Path form) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(form.toFile());
        String name = form.getFileName().toString();
        List<String> problems = new ArrayList<>();
        StringBuilder kazakh = new StringBuilder();
        checkComponents(name, schema.path("components"), problems, kazakh);
        if (problems.isEmpty() && kazakh.codePoints().noneMatch(c -> KAZAKH_LETTERS.indexOf(c) >= 0)) {
            problems.add(name + ": the Kazakh halves use no Kazakh letter (" + KAZAKH_LETTERS + "); are they Russian?");
        }
        return problems;
    }

    private static void checkComponents(String form, JsonNode components, List<String> problems, StringBuilder kazakh) {
        for (JsonNode component : components) {
            String where = form + " " + component.path("id").asText("(no id)")
                    + (component.has("key") ? " (" + component.get("key").asText() + ")" : "");
            if ("text".equals(component.path("type").asText())) {
                // markdown: the first line is its heading, which says both; the paragraphs below may follow one another
                String heading = component.path("text").asText().strip().lines().findFirst().orElse("")
                        .replaceFirst("^#+\\s*", "");
                check(where + " heading", heading, problems, kazakh);
            }
            if (component.has("label")) {
                check(where + " label", component.get("label").asText(), problems, kazakh);
            }
            for (JsonNode option : component.path("values")) {
                check(where + " option " + option.path("value").asText(), option.path("label").asText(), problems, kazakh);
            }
            checkComponents(form, component.path("components"), problems, kazakh); // groups, dynamic lists
        }
    }

    private static void check(String where, String text, List<String> problems, StringBuilder kazakh) {
        String[] halves = text.split(" / ", -1);
        if (halves.length != 2 || halves[0].isBlank() || halves[1].isBlank()) {
            problems.add(where + ": \"" + text + "\" is not \"Қазақша / Русский\"");
        } else if (halves[0].codePoints().noneMatch(FormLabels::isCyrillic)
                || halves[1].codePoints().noneMatch(FormLabels::isCyrillic)) {
            problems.add(where + ": \"" + text + "\" needs Kazakh and Russian text on each side of \" / \"");
        } else {
            kazakh.append(halves[0]);
        }
    }

    static boolean isCyrillic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC;
    }
}
