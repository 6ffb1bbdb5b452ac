package kz.election.candidate.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** A list a form or a caller sends (documents, refusal grounds): a JSON array, a collection or comma-separated text. */
final class FormLists {

    private FormLists() {
    }

    static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof SpinJsonNode node && node.isArray()) {
            node.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(e -> result.add(String.valueOf(e)));
        } else if (value instanceof String text && !text.isBlank()) {
            if (text.strip().startsWith("[")) {
                return strings(Spin.JSON(text));
            }
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }
}
