package kz.election.candidate.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/** Reading what Tasklist forms submit: numbers may be Long or Double, lists arrive as JSON. */
final class Variables {

    static final String REFERENCE = "nominationReference";

    private Variables() {
    }

    static Integer integer(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            return Integer.valueOf(text.strip());
        }
        return null;
    }

    static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof SpinJsonNode node && node.isArray()) {
            node.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(e -> result.add(String.valueOf(e)));
        } else if (value instanceof String text && !text.isBlank()) {
            if (text.strip().startsWith("[")) {
                return strings(org.camunda.spin.Spin.JSON(text));
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
