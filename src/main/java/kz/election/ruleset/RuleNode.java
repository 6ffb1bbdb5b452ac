package kz.election.ruleset;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
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
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mapping of a ruleset file together with its key path, read into a rules record by the record's
 * components: each component names its key and its type says how to read it; {@link Positive} marks
 * the counts that must be at least 1. Reading the tree here rather than letting Jackson bind the
 * records lets every error name the file and the exact key, and lets {@link #finish()} reject unknown
 * keys, so a misspelt key fails loudly instead of silently keeping a default.
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

    /**
     * Reads this mapping as a record: one key per record component, named like it, read by its type
     * ({@code Cited<Integer>}, {@code Cited<LocalTime>}, a nested record, a map keyed by an enum...) in
     * the order of the components, none missing and none unknown.
     */
    <R extends Record> R record(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String key = components[i].getName();
            if (components[i].isAnnotationPresent(AddedKey.class) && absent(key)) {
                read.add(key);
                continue;
            }
            values[i] = value(key, components[i].getGenericType(), components[i]);
        }
        finish();
        R rules = construct(type, components, values);
        if (rules instanceof CrossChecked checked) {
            checked.checkAcrossKeys(this);
        }
        return rules;
    }

    /**
     * The value under a key, read by the Java type it becomes. A {@code Cited<T>} is a mapping of a
     * value of type T with its citation and certainty; every BigDecimal of the rules is a share between 0 and 1.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(String key, Type type, RecordComponent component) {
        Class<?> raw = raw(type);
        if (raw == Cited.class) {
            return cited(key, (entry, k) -> entry.value(k, argument(type, 0), component));
        }
        if (raw == Map.class) {
            return perEnum(key, (Class) raw(argument(type, 0)), argument(type, 1), component);
        }
        if (raw == List.class && argument(type, 0) == LocalTime.class) {
            return timesValue(key);
        }
        if (raw == List.class && raw(argument(type, 0)).isEnum()) {
            return enumsValue(key, raw(argument(type, 0)));
        }
        if (raw == List.class && raw(argument(type, 0)).isRecord()) {
            Class<? extends Record> itemType = raw(argument(type, 0)).asSubclass(Record.class);
            return list(key).stream().map(item -> item.record(itemType)).toList();
        }
        if (raw.isRecord()) {
            return map(key).record(raw.asSubclass(Record.class));
        }
        if (raw == Integer.class) {
            return wholeNumber(key, component.isAnnotationPresent(Positive.class) ? 1 : 0);
        }
        if (raw == BigDecimal.class) {
            return shareValue(key);
        }
        if (raw == Boolean.class) {
            return flagValue(key);
        }
        if (raw == LocalTime.class) {
            return parseTime(key, required(key));
        }
        if (raw == ZoneOffset.class) {
            return offsetValue(key);
        }
        if (raw == String.class) {
            return text(key);
        }
        if (raw == LocalDate.class) {
            return date(key);
        }
        if (raw.isEnum()) {
            return enumValue(key, raw);
        }
        throw new IllegalStateException("no ruleset reader for " + type + " at " + at(key));
    }

    private RuleNode map(String key) {
        JsonNode child = required(key);
        if (!child.isObject()) {
            throw fail(key, "must be a mapping");
        }
        return new RuleNode(file, at(key), child);
    }

    private List<RuleNode> list(String key) {
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
    private <K extends Enum<K>> Map<K, Object> perEnum(String key, Class<K> keys, Type valueType,
                                                       RecordComponent component) {
        RuleNode section = map(key);
        Map<K, Object> result = new EnumMap<>(keys);
        for (K constant : keys.getEnumConstants()) {
            result.put(constant, section.value(constant.name(), valueType, component));
        }
        section.finish();
        return Collections.unmodifiableMap(result);
    }

    private String text(String key) {
        return nonBlank(key, JsonNode::isTextual, "must be a non-blank text");
    }

    private LocalDate date(String key) {
        String text = scalarText(key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(key, "must be a date like 2024-03-01, found '" + text + "'");
        }
    }

    private boolean flagValue(String key) {
        JsonNode v = required(key);
        if (!v.isBoolean()) {
            throw fail(key, "must be true or false, found '" + v.asText() + "'");
        }
        return v.booleanValue();
    }

    private List<LocalTime> timesValue(String key) {
        JsonNode v = required(key);
        if (!v.isArray()) {
            throw fail(key, "must be a list of times like \"10:00\"");
        }
        List<LocalTime> times = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            times.add(parseTime(key + "[" + i + "]", v.get(i)));
        }
        return List.copyOf(times);
    }

    private List<Enum<?>> enumsValue(String key, Class<?> type) {
        JsonNode v = required(key);
        if (!v.isArray()) {
            throw fail(key, "must be a list like [RURAL]");
        }
        List<Enum<?>> constants = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isValueNode()) {
                throw fail(key + "[" + i + "]", "must be a name like RURAL");
            }
            constants.add(enumConstant(key + "[" + i + "]", v.get(i).asText().strip(), type));
        }
        return List.copyOf(constants);
    }

    private ZoneOffset offsetValue(String key) {
        String text = scalarText(key);
        try {
            return ZoneOffset.of(text);
        } catch (java.time.DateTimeException e) {
            throw fail(key, "must be a UTC offset like \"+05:00\", found '" + text + "'");
        }
    }

    /** Rejects keys nobody read, so a typo in a key is an error and not an ignored line. */
    private void finish() {
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
        Cited<T> cited = new Cited<>(value, entry.text("citation"), (Certainty) entry.enumValue("certainty", Certainty.class));
        entry.finish();
        return cited;
    }

    private Enum<?> enumValue(String key, Class<?> type) {
        return enumConstant(key, scalarText(key), type);
    }

    private Enum<?> enumConstant(String key, String text, Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return (Enum<?>) constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        throw fail(key, "must be one of " + allowed + ", found '" + text + "'");
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

    /** A date, an offset or an enum constant may be written unquoted, so YAML may read it as a non-text scalar. */
    private String scalarText(String key) {
        return nonBlank(key, JsonNode::isValueNode, "must be a non-blank value");
    }

    private String nonBlank(String key, Predicate<JsonNode> kind, String message) {
        JsonNode v = required(key);
        if (!kind.test(v) || v.asText().isBlank()) {
            throw fail(key, message);
        }
        return v.asText().strip();
    }

    private boolean absent(String key) {
        JsonNode child = node.get(key);
        return child == null || child.isNull() || child.isMissingNode();
    }

    private JsonNode required(String key) {
        read.add(key);
        JsonNode child = node.get(key);
        if (child == null || child.isNull() || child.isMissingNode()) {
            throw fail(key, "is missing");
        }
        return child;
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private String at(String key) {
        if (key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }
}
