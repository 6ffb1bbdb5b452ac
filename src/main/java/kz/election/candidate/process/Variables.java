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

    /** A whole number from a form field; a fraction, text or a number beyond int is named as the field's error. */
    static Integer integer(String field, Object value) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.toString().strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new kz.election.common.InvalidInputException(field, "must be a whole number, not '" + value + "'");
        }
    }

    /** One of an enum's names, exactly; anything else is named as the field's error. */
    static <E extends Enum<E>> E choice(String field, Object value, Class<E> type) {
        String text = value == null ? null : value.toString();
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip())) {
                return constant;
            }
        }
        throw new kz.election.common.InvalidInputException(field, "'" + text + "' is not one of "
                + java.util.Arrays.toString(type.getEnumConstants()));
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
