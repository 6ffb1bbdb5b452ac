package kz.election.noconfidence.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.noconfidence.Initiator;
import kz.election.platform.EngineUsers;

/** Reading what the Tasklist forms submit (numbers as Long or Double, dates as text) into domain values. */
final class FormValues {

    private FormValues() {
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Integer integer(String field, Object value) {
        if (value instanceof Number number) {
            if (number.doubleValue() != Math.rint(number.doubleValue())) {
                throw new InvalidInputException(field, "must be a whole number, not " + number);
            }
            return number.intValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "must be a whole number, not '" + text.strip() + "'");
            }
        }
        return null;
    }

    static LocalDate date(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneOffset.ofHours(5));
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "write the date as YYYY-MM-DD, not '" + text + "'");
        }
    }

    /** "2026-03-10, 2026-06-12": the dates the maslikhat rejected the akim's reports. */
    static List<LocalDate> dates(String field, Object value) {
        List<LocalDate> dates = new ArrayList<>();
        if (value == null || value.toString().isBlank()) {
            return dates;
        }
        for (String part : value.toString().split("[,;\\s]+")) {
            if (!part.isBlank()) {
                dates.add(date(field, part));
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

    /** Who made a decision: the signed-in user, else the task's assignee. Never "nobody". */
    static String actor(EngineUsers engineUsers, String fallback) {
        return engineUsers.current().orElseGet(() -> {
            if (fallback != null && !fallback.isBlank()) {
                return fallback;
            }
            throw new IllegalStateException("a decision needs the person who made it: sign in or claim the task");
        });
    }
}
