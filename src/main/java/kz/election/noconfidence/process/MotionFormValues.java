package kz.election.noconfidence.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.noconfidence.Initiator;
import kz.election.platform.FormValues;

/** The start form's fields only a motion has: its initiating deputies and the dates its ground names, as typed. */
final class MotionFormValues {

    private MotionFormValues() {
    }

    /** "2026-03-10, 2026-06-12": the dates the maslikhat rejected the akim's reports. */
    static List<LocalDate> dates(String field, Object value) {
        List<LocalDate> dates = new ArrayList<>();
        if (value == null || value.toString().isBlank()) {
            return dates;
        }
        for (String part : value.toString().split("[,;\\s]+")) {
            if (!part.isBlank()) {
                dates.add(FormValues.date(field, part));
            }
        }
        return dates;
    }

    /** One deputy per line, "full name; YYYY-MM-DD", the date being their recorded signature (optional). */
    static List<Initiator> initiators(Object value) {
        List<Initiator> initiators = new ArrayList<>();
        List<FieldViolation> problems = new ArrayList<>();
        if (value == null) {
            return initiators;
        }
        String[] lines = value.toString().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int separator = line.lastIndexOf(';');
            String name = separator < 0 ? line : line.substring(0, separator).strip();
            String signed = separator < 0 ? "" : line.substring(separator + 1).strip();
            try {
                initiators.add(new Initiator(name, signed.isEmpty() ? null : LocalDate.parse(signed)));
            } catch (DateTimeParseException e) {
                problems.add(new FieldViolation("initiators", "line " + (i + 1) + ": the signature date '" + signed
                        + "' is not YYYY-MM-DD"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return initiators;
    }
}
