package kz.election.commission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import kz.election.common.FieldViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the lines of a register file: UTF-8 with or without a byte order mark, comma separated, RFC 4180
 * quotes (a name may hold a comma), a fixed header line, and comment lines starting with {@code #} that
 * the published files open with. Each line keeps the number an editor shows, so every error names it.
 */
final class RegisterCsv {

    /** One data line: its number in the file and its cells by column name, stripped. */
    record Line(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }

        boolean blank(String column) {
            return cells.get(column).isEmpty();
        }

        FieldViolation error(String column, String message) {
            return RegisterCsv.error(number, column, message);
        }
    }

    /** The lines of a file, or what makes it unreadable as a whole. */
    record Lines(List<Line> lines, List<FieldViolation> errors) {
    }

    static final Pattern TERRITORY_CODE = Pattern.compile("[0-9]{9}");
    static final Pattern COMMISSION_CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    /** The width of the names in the register's tables. */
    static final int MAX_NAME = 200;

    private RegisterCsv() {
    }

    /** The constant of that name, case-insensitive; null for anything else. */
    static <E extends Enum<E>> E constant(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        return null;
    }

    static FieldViolation error(int line, String column, String message) {
        return new FieldViolation(column == null ? "line " + line : "line " + line + ", " + column, message);
    }

    static Lines read(byte[] content, List<String> header) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new Lines(List.of(), List.of(error(1, null, "the file is not UTF-8 text; save it as \"CSV UTF-8\"")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // comment lines become empty lines, so the parser skips them and the line numbers stay those of the file
        String withoutComments = text.lines().map(line -> line.stripLeading().startsWith("#") ? "" : line)
                .reduce(new StringBuilder(), (all, line) -> all.append(line).append('\n'), StringBuilder::append).toString();
        List<Line> lines = new ArrayList<>();
        List<FieldViolation> errors = new ArrayList<>();
        LineCounter counter = new LineCounter(withoutComments);
        boolean headerSeen = false;
        int lastLine = 1;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = format.parse(new StringReader(withoutComments))) {
            for (CSVRecord record : parser) {
                int number = counter.lineAt(record.getCharacterPosition());
                lastLine = number;
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    List<String> found = record.stream().map(cell -> cell.strip().toLowerCase()).toList();
                    if (!trimmed(found).equals(header)) {
                        errors.add(error(number, null, "the first line must be the header " + String.join(",", header)));
                        break;
                    }
                    continue;
                }
                List<String> cells = trimmed(record.stream().map(String::strip).toList());
                if (cells.size() > header.size()) {
                    errors.add(error(number, null, "has " + cells.size() + " columns, the header " + header.size()));
                    continue;
                }
                Map<String, String> byName = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    byName.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                lines.add(new Line(number, byName));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            errors.add(error(lastLine, null, "the file is not valid CSV after this line (is a double quote left open?)"));
        }
        if (!headerSeen) {
            errors.add(error(1, null, "the file is empty; it must begin with the header " + String.join(",", header)));
        }
        return new Lines(lines, errors);
    }

    /** Lines with the same value in one column, the first occurrence kept: the others are named. */
    static <K> Map<K, Line> firstOf(List<Line> lines, Function<Line, K> key, String column, String what,
                                    List<FieldViolation> errors) {
        Map<K, Line> first = new LinkedHashMap<>();
        for (Line line : lines) {
            K value = key.apply(line);
            if (value == null) {
                continue;
            }
            Line earlier = first.putIfAbsent(value, line);
            if (earlier != null) {
                errors.add(line.error(column, what + " " + value + " is already on line " + earlier.number()));
            }
        }
        return first;
    }

    // Excel pads rows with empty cells; they carry nothing
    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    /** The line of a character position; positions are asked in increasing order, as records come. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long recordStart) {
            // a record's position includes the empty lines skipped before it
            int target = (int) Math.min(recordStart, text.length());
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++;
            }
            for (; position < target; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
