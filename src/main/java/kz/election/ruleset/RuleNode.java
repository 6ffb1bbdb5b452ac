package kz.election.ruleset;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mapping of a ruleset file together with its key path. Reading through it instead of binding
 * records directly lets every error name the file and the exact key, and lets {@link #finish()}
 * reject unknown keys, so a misspelt key fails loudly instead of silently keeping a default.
 */
final class RuleNode {

    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    private final String file;
    private final String path;
    private final JsonNode node;
    private final Set<String> read = new HashSet<>();

    private RuleNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static RuleNode root(String file, JsonNode node) {
        RuleNode root = new RuleNode(file, "", node);
        if (node == null || !node.isObject()) {
            throw root.fail("", "the file must be a YAML mapping");
        }
        return root;
    }

    RulesetException fail(String key, String message) {
        String at = at(key);
        return new RulesetException(file + ": " + (at.isEmpty() ? "" : at + ": ") + message);
    }

    RuleNode map(String key) {
        JsonNode child = required(key);
        if (!child.isObject()) {
            throw fail(key, "must be a mapping");
        }
        return new RuleNode(file, at(key), child);
    }

    List<RuleNode> list(String key) {
        JsonNode child = required(key);
        if (!child.isArray() || child.isEmpty()) {
            throw fail(key, "must be a non-empty list");
        }
        List<RuleNode> items = new ArrayList<>();
        for (int i = 0; i < child.size(); i++) {
            String itemPath = at(key) + "[" + i + "]";
            if (!child.get(i).isObject()) {
                throw new RuleNode(file, itemPath, child.get(i)).fail("", "must be a mapping");
            }
            items.add(new RuleNode(file, itemPath, child.get(i)));
        }
        return items;
    }

    /** A mapping keyed by every constant of an enum, none missing and none unknown. */
    <K extends Enum<K>, V> Map<K, V> perEnum(String key, Class<K> keys, Function<RuleNode, V> reader) {
        RuleNode section = map(key);
        Map<K, V> result = new EnumMap<>(keys);
        for (K constant : keys.getEnumConstants()) {
            result.put(constant, reader.apply(section.map(constant.name())));
        }
        section.finish();
        return Collections.unmodifiableMap(result);
    }

    /** Like {@link #perEnum} for keys whose value is a single cited entry, not a mapping of them. */
    <K extends Enum<K>, V> Map<K, V> perEnumValue(String key, Class<K> keys, BiFunction<RuleNode, String, V> reader) {
        RuleNode section = map(key);
        Map<K, V> result = new EnumMap<>(keys);
        for (K constant : keys.getEnumConstants()) {
            result.put(constant, reader.apply(section, constant.name()));
        }
        section.finish();
        return Collections.unmodifiableMap(result);
    }

    /** This mapping read as one non-empty list per enum constant, none missing and none unknown. */
    <K extends Enum<K>, V> Map<K, List<V>> listsPerEnum(Class<K> keys, Function<RuleNode, V> itemReader) {
        Map<K, List<V>> result = new EnumMap<>(keys);
        for (K constant : keys.getEnumConstants()) {
            result.put(constant, list(constant.name()).stream().map(itemReader).toList());
        }
        finish();
        return Collections.unmodifiableMap(result);
    }

    String text(String key) {
        JsonNode child = required(key);
        if (!child.isTextual() || child.asText().isBlank()) {
            throw fail(key, "must be a non-blank text");
        }
        return child.asText().strip();
    }

    LocalDate date(String key) {
        String text = scalarText(key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(key, "must be a date like 2024-03-01, found '" + text + "'");
        }
    }

    Clause clause() {
        Clause clause = new Clause(text("code"), text("text"), text("citation"), certaintyOf("certainty"));
        finish();
        return clause;
    }

    Cited<Integer> days(String key) {
        return cited(key, (n, k) -> n.wholeNumber(k, 0));
    }

    Cited<Integer> positive(String key) {
        return cited(key, (n, k) -> n.wholeNumber(k, 1));
    }

    Cited<BigDecimal> share(String key) {
        return cited(key, RuleNode::shareValue);
    }

    Cited<Boolean> flag(String key) {
        return cited(key, (n, k) -> {
            JsonNode v = n.node.get(k);
            if (!v.isBoolean()) {
                throw n.fail(k, "must be true or false, found '" + v.asText() + "'");
            }
            return v.booleanValue();
        });
    }

    Cited<LocalTime> time(String key) {
        return cited(key, RuleNode::timeValue);
    }

    Cited<List<LocalTime>> times(String key) {
        return cited(key, (n, k) -> {
            JsonNode v = n.node.get(k);
            if (!v.isArray()) {
                throw n.fail(k, "must be a list of times like \"10:00\"");
            }
            List<LocalTime> times = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                times.add(n.parseTime(k + "[" + i + "]", v.get(i)));
            }
            return List.copyOf(times);
        });
    }

    Cited<ZoneOffset> offset(String key) {
        return cited(key, (n, k) -> {
            String text = n.scalarText(k);
            try {
                return ZoneOffset.of(text);
            } catch (java.time.DateTimeException e) {
                throw n.fail(k, "must be a UTC offset like \"+05:00\", found '" + text + "'");
            }
        });
    }

    <E extends Enum<E>> Cited<E> choice(String key, Class<E> type) {
        return cited(key, (n, k) -> n.enumValue(k, type));
    }

    /** Rejects keys nobody read, so a typo in a key is an error and not an ignored line. */
    void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw fail(name, "unknown key");
            }
        }
    }

    private <T> Cited<T> cited(String key, BiFunction<RuleNode, String, T> valueReader) {
        RuleNode entry = map(key);
        entry.required("value");
        // errors about the value name the key itself, as people think of "the nomination close days"
        T value;
        try {
            value = valueReader.apply(entry, "value");
        } catch (RulesetException e) {
            throw new RulesetException(e.getMessage().replace(at(key) + ".value", at(key)));
        }
        Cited<T> cited = new Cited<>(value, entry.text("citation"), entry.certaintyOf("certainty"));
        entry.finish();
        return cited;
    }

    private Certainty certaintyOf(String key) {
        return enumValue(key, Certainty.class);
    }

    private <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String text = scalarText(key);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw fail(key, "must be one of " + allowed + ", found '" + text + "'");
        }
    }

    private int wholeNumber(String key, int min) {
        JsonNode v = required(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw fail(key, "must be a whole number, found '" + v.asText() + "'");
        }
        if (v.intValue() < min) {
            throw fail(key, "must be >= " + min);
        }
        return v.intValue();
    }

    private BigDecimal shareValue(String key) {
        JsonNode v = required(key);
        if (!v.isNumber()) {
            throw fail(key, "must be a number between 0 and 1, found '" + v.asText() + "'");
        }
        BigDecimal share = new BigDecimal(v.asText());
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw fail(key, "must be between 0 and 1, found " + share.toPlainString());
        }
        return share;
    }

    private LocalTime timeValue(String key) {
        return parseTime(key, required(key));
    }

    private LocalTime parseTime(String key, JsonNode v) {
        // an unquoted 18:00 may be read by YAML 1.1 as the number 1080, hence the hint about quotes
        if (!v.isTextual() || !TIME.matcher(v.asText()).matches()) {
            throw fail(key, "must be a quoted time like \"18:00\", found '" + v.asText() + "'");
        }
        try {
            return LocalTime.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw fail(key, "is not a valid time of day: '" + v.asText() + "'");
        }
    }

    private String scalarText(String key) {
        JsonNode v = required(key);
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw fail(key, "must be a non-blank value");
        }
        return v.asText().strip();
    }

    private JsonNode required(String key) {
        read.add(key);
        JsonNode child = node.get(key);
        if (child == null || child.isNull() || child.isMissingNode()) {
            throw fail(key, "is missing");
        }
        return child;
    }

    private String at(String key) {
        if (key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }
}
