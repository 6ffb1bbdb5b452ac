package kz.election.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import kz.election.common.ElectionTime;
import kz.election.common.InvalidInputException;

/**
 * Reading what a form or a REST caller put into a process variable, for every process's steps: numbers
 * arrive as Long, Double or text, dates as YYYY-MM-DD text or a date picker's Date, choices as the
 * enum's name. A value that cannot be read is an {@link InvalidInputException} naming the form field;
 * a blank value is null (the form left it empty).
 */
public final class FormValues {

    /**
     * Who recorded a step no signed-in user took: sent with a start or a message by an integration or
     * the system; a signed-in user always wins over it ({@link #actor}).
     */
    public static final String RECORDED_BY = "recordedBy";

    private FormValues() {
    }

    /** The text, stripped; null when blank. */
    public static String text(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().strip();
    }

    /** A checkbox: true only when ticked (true or "true"). */
    public static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** A whole number; null when blank. */
    public static Integer integer(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            if (number.doubleValue() != Math.rint(number.doubleValue())
                    || Math.abs(number.doubleValue()) > Integer.MAX_VALUE) {
                throw new InvalidInputException(field, "must be a whole number, was " + value);
            }
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number, was '" + value.toString().strip() + "'");
        }
    }

    /** A date typed as YYYY-MM-DD (a longer ISO text is cut to its date) or picked; null when blank. */
    public static LocalDate date(String field, Object value) {
        if (value instanceof Date date) {
            return ElectionTime.dateOf(date);
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "write the date as YYYY-MM-DD, was '" + text + "'");
        }
    }

    /** One of an enum's names; null when blank. */
    public static <E extends Enum<E>> E choice(String field, Object value, Class<E> type) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * Who acted on a step: the signed-in user, else the user the process names (the task's assignee, or
     * who recorded it). Never nobody: a decision without a person is refused.
     */
    public static String actor(EngineUsers users, Object fallback) {
        return users.current().orElseGet(() -> {
            if (fallback instanceof String user && !user.isBlank()) {
                return user;
            }
            throw new IllegalStateException("a decision needs the person who made it: sign in or claim the task");
        });
    }
}
