package kz.election.election;

import kz.election.common.TextRules;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the precinct list of an election from a CSV upload.
 * <ul>
 *   <li>Columns, in this order: precinct number, address, number of voters.</li>
 *   <li>An optional header line: the first line is a header when neither its number nor its voters
 *       column holds a digit (e.g. {@code number;address;voters} or {@code №;Мекенжай;Сайлаушылар}).</li>
 *   <li>UTF-8, with or without a byte order mark (Excel's "CSV UTF-8" writes one).</li>
 *   <li>Separated by semicolons when the first line contains one (Excel in Russian and Kazakh
 *       locales), by commas otherwise; an address holding the separator must be in double quotes.</li>
 *   <li>Blank lines are skipped.</li>
 * </ul>
 */
public final class PrecinctCsv {

    /** The address column of the precinct table. */
    public static final int MAX_ADDRESS_LENGTH = 500;
    /** Far above the largest real precinct (a few thousand voters); catches a voter count typed into the wrong column. */
    public static final int MAX_VOTERS = 100_000;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ANY_DIGIT = Pattern.compile(".*\\d.*");
    private static final char BOM = '\uFEFF';

    public PrecinctUpload parse(byte[] content) {
        List<CsvError> errors = new ArrayList<>();
        String text = decodeUtf8(content, errors);
        if (text == null) {
            return new PrecinctUpload.Rejected(errors);
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        LineIndex lines = new LineIndex(text);
        List<PrecinctRow> precincts = new ArrayList<>();
        Map<Integer, Integer> lineOfNumber = new HashMap<>();
        long linesRead = 0;
        try (CSVParser parser = format(text).parse(new StringReader(text))) {
            boolean first = true;
            for (CSVRecord record : parser) {
                linesRead = parser.getCurrentLineNumber();
                int line = lines.contentLineFrom((int) record.getCharacterPosition());
                if (isBlank(record)) {
                    continue;
                }
                boolean header = first && isHeader(record);
                first = false;
                if (!header) {
                    readRow(record, line, lineOfNumber, errors).ifPresent(precincts::add);
                }
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            // the broken record starts after the last one read
            errors.add(new CsvError(lines.contentLineFrom(lines.startOf((int) linesRead + 1)), null,
                    "the file is not valid CSV (is a double quote left open?)"));
        }
        if (errors.isEmpty() && precincts.isEmpty()) {
            errors.add(new CsvError(1, null, "the file has no precincts"));
        }
        return errors.isEmpty() ? new PrecinctUpload.Accepted(precincts) : new PrecinctUpload.Rejected(errors);
    }

    private static Optional<PrecinctRow> readRow(CSVRecord record, int line,
                                                 Map<Integer, Integer> lineOfNumber, List<CsvError> errors) {
        int errorsBefore = errors.size();
        if (record.size() < 3 || !extraCellsBlank(record)) {
            errors.add(new CsvError(line, null, "expected 3 columns (number, address, voters), found " + record.size()));
            return Optional.empty();
        }
        Integer number = wholeNumber(record.get(0), line, "number", Integer.MAX_VALUE, errors);
        String address = record.get(1).strip();
        if (address.isEmpty()) {
            errors.add(new CsvError(line, "address", "is empty"));
        } else {
            TextRules.problemWithLine(address, MAX_ADDRESS_LENGTH)
                    .ifPresent(problem -> errors.add(new CsvError(line, "address", problem)));
        }
        Integer voters = wholeNumber(record.get(2), line, "voters", MAX_VOTERS, errors);
        if (number != null) {
            Integer earlier = lineOfNumber.putIfAbsent(number, line);
            if (earlier != null) {
                errors.add(new CsvError(line, "number", "precinct " + number + " is already on line " + earlier));
            }
        }
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new PrecinctRow(number, address, voters));
    }

    private static Integer wholeNumber(String cell, int line, String column, int max, List<CsvError> errors) {
        String value = cell.strip();
        if (!DIGITS.matcher(value).matches()) {
            errors.add(new CsvError(line, column, value.isEmpty() ? "is empty" : "'" + value + "' is not a whole number"));
            return null;
        }
        if (value.length() > 9 || Integer.parseInt(value) > max) {
            errors.add(new CsvError(line, column, "'" + value + "' is more than the maximum of " + max));
            return null;
        }
        int parsed = Integer.parseInt(value);
        if (parsed < 1) {
            errors.add(new CsvError(line, column, "'" + value + "' must be at least 1"));
            return null;
        }
        return parsed;
    }

    private static CSVFormat format(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    private static boolean isHeader(CSVRecord record) {
        return record.size() >= 3
                && !ANY_DIGIT.matcher(record.get(0)).matches()
                && !ANY_DIGIT.matcher(record.get(2)).matches();
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    // Excel often pads rows with empty cells; they carry no data, so they are not an error
    private static boolean extraCellsBlank(CSVRecord record) {
        return record.stream().skip(3).allMatch(String::isBlank);
    }

    private static String decodeUtf8(byte[] content, List<CsvError> errors) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            errors.add(new CsvError(line, null, "the file is not UTF-8 text; save it as \"CSV UTF-8\""));
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Maps a character position to its 1-based line, so errors point at the line staff see in an editor. */
    private static final class LineIndex {
        private final List<Integer> lineStarts = new ArrayList<>();

        LineIndex(String text) {
            this.text = text;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }

        private final String text;

        /** The line of the first character at or after position that is not a line break: a record's
         * position includes the blank lines skipped before it. */
        int contentLineFrom(int position) {
            int at = position;
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
            int index = Collections.binarySearch(lineStarts, at);
            return index >= 0 ? index + 1 : -index - 1;
        }

        int startOf(int line) {
            return lineStarts.get(Math.min(line, lineStarts.size()) - 1);
        }
    }
}
