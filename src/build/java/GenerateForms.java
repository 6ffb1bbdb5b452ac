import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the forms of forms/ that are near-copies of one source, so they cannot drift apart. The build
 * runs it before the resources are copied (pom.xml, "generate-forms"), so what is deployed and what
 * platform/FormFields reads is always its output; the files it writes are kept in git for readers and
 * for the tests that read forms/, and a hand edit of one of them is overwritten by the next build.
 *
 * <ul>
 *   <li>{@code accept-protocol.json}: the acceptance form is the entry form (forms/enter-protocol.form)
 *       shown read-only. Every field taken from the entry form becomes read-only and loses its
 *       validation, so an accepting member can change no figure; only the fields under "add" (the
 *       paper comparison) are filled in.</li>
 *   <li>{@code supervise.json}: a supervisors' follow-up of a deadline: a title, what is shown
 *       read-only, and the one required note the supervisor writes.</li>
 * </ul>
 *
 * Run: {@code java -cp <jackson-databind and its jars> src/build/java/GenerateForms.java forms}.
 */
public class GenerateForms {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENERATED = "akim-elections: written by src/build/java/GenerateForms.java from forms/generator/, do not edit";

    public static void main(String[] args) throws IOException {
        Path forms = Path.of(args.length > 0 ? args[0] : "forms");
        Path sources = forms.resolve("generator");
        write(forms, derivedReadOnly(JSON.readTree(sources.resolve("accept-protocol.json").toFile()), forms));
        for (JsonNode supervise : JSON.readTree(sources.resolve("supervise.json").toFile()).get("forms")) {
            write(forms, supervision(supervise));
        }
    }

    /** The form {@code from} with every field read-only, less "leaveOut", with "change" set on components by id, plus "add". */
    static ObjectNode derivedReadOnly(JsonNode spec, Path forms) throws IOException {
        ObjectNode source = (ObjectNode) JSON.readTree(forms.resolve(spec.get("from").asText() + ".form").toFile());
        Set<String> leaveOut = new HashSet<>();
        spec.path("leaveOut").forEach(key -> leaveOut.add(key.asText()));
        ArrayNode components = JSON.createArrayNode();
        Set<String> keys = new HashSet<>();
        for (JsonNode original : source.get("components")) {
            ObjectNode component = original.deepCopy();
            if (component.has("key")) {
                if (leaveOut.contains(component.get("key").asText())) {
                    continue;
                }
                keys.add(component.get("key").asText());
                component.remove("validate");
                component.remove("decimalDigits");
                component.put("readonly", true);
            }
            JsonNode change = spec.path("change").path(original.path("id").asText());
            for (Map.Entry<String, JsonNode> field : change.properties()) {
                if (field.getKey().equals("readonly") || field.getKey().equals("key")) {
                    throw new IllegalArgumentException(spec.get("id") + " may not change " + field.getKey());
                }
                component.set(field.getKey(), field.getValue());
            }
            components.add(component);
        }
        for (JsonNode added : spec.path("add")) {
            if (keys.contains(added.path("key").asText())) {
                throw new IllegalArgumentException(spec.get("id") + " adds " + added.get("key") + ", a field of "
                        + spec.get("from") + " that stays read-only");
            }
            components.add(added.deepCopy());
        }
        return form(spec.get("id").asText(), components);
    }

    static ObjectNode supervision(JsonNode spec) {
        String id = spec.get("id").asText();
        ArrayNode components = JSON.createArrayNode();
        components.addObject().put("type", "text").put("id", camel(id) + "Title").put("text", spec.get("title").asText());
        for (JsonNode shown : spec.get("shown")) {
            components.add(field(shown).put("readonly", true));
        }
        ObjectNode note = field(spec.get("note")).put("type", "textarea");
        ObjectNode validate = JSON.createObjectNode().put("required", true);
        if (spec.get("note").get("validate") instanceof ObjectNode more) {
            validate.setAll(more.deepCopy());
        }
        note.set("validate", validate);
        components.add(note);
        return form(id, components);
    }

    private static ObjectNode field(JsonNode spec) {
        ObjectNode field = JSON.createObjectNode();
        field.setAll((ObjectNode) spec.deepCopy());
        field.remove("validate");
        field.put("id", spec.get("key").asText() + "Field");
        return field;
    }

    private static ObjectNode form(String id, ArrayNode components) {
        ObjectNode form = JSON.createObjectNode()
                .put("executionPlatform", "Camunda Platform")
                .put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", GENERATED).put("version", "1");
        form.put("schemaVersion", 16).put("id", id).put("type", "default");
        form.set("components", components);
        return form;
    }

    private static String camel(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    private static void write(Path forms, ObjectNode form) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        String text = JSON.writer(printer).writeValueAsString(form) + "\n";
        Path file = forms.resolve(form.get("id").asText() + ".form");
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
