package kz.election.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.election.platform.PersonalDataHistory;
import org.junit.jupiter.api.Test;

/**
 * A form field about a person (an IIN, birth date, address, e-mail or contact, or the
 * name of a complainant or citizen) is a variable that PersonalDataHistory keeps out of history. A form
 * that adds one, today's or tomorrow's, fails here until the field is added there (and removed from the
 * instance by the step that stores it).
 */
class PersonalFormFieldsTest {

    private static final Pattern PERSONAL = Pattern.compile(
            "(?i).*(iin|birthdate|address|email|contact|phone|complainantname|citizenname)$");

    @Test
    void everyPersonalFieldOfEveryFormIsKeptOutOfHistory() throws IOException {
        List<String> personal = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                keys(new ObjectMapper().readTree(form.toFile())).stream()
                        .filter(key -> PERSONAL.matcher(key).matches())
                        .forEach(key -> personal.add(form.getFileName() + ": " + key));
            }
        }

        assertThat(personal).as("the personal fields are found").contains("file-nomination.form: iin",
                "file-complaint.form: complainantEmail", "nominate-by-higher-akim.form: nominee2Email");
        assertThat(personal).filteredOn(field -> !PersonalDataHistory.personal(field.substring(field.indexOf(": ") + 2)))
                .as("personal form fields that history would keep").isEmpty();
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.hasNonNull("key")) {
            keys.add(node.get("key").asText());
        }
        node.path("components").forEach(component -> keys.addAll(keys(component)));
        return keys;
    }
}
