package kz.election.complaint.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Function;
import kz.election.common.InvalidInputException;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading what Tasklist forms and REST callers put into variables: numbers as Long or Double, dates as text. */
final class FormValues {

    private FormValues() {
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Integer integer(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            if (number.doubleValue() != Math.rint(number.doubleValue())) {
                throw new InvalidInputException(field, "must be a whole number, was " + value);
            }
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number, was '" + value + "'");
        }
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
            throw new InvalidInputException(field, "write the date as YYYY-MM-DD, was '" + text + "'");
        }
    }

    static <E extends Enum<E>> E choice(String field, Object value, Class<E> type, Function<String, E> parse) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The remedy fields of the review and ruling forms; null when no remedy was chosen. */
    static Remedy remedy(VariableScope scope) {
        RemedyKind kind = choice(Remedy.KIND, scope.getVariable(Remedy.KIND), RemedyKind.class, RemedyKind::valueOf);
        if (kind == null) {
            return null;
        }
        // the form keeps hidden fields' old values; only what the chosen remedy uses counts
        boolean precinct = kind == RemedyKind.RECOUNT || kind == RemedyKind.ANNUL_PRECINCT;
        boolean nomination = kind == RemedyKind.DEREGISTER || kind == RemedyKind.REINSTATE;
        return new Remedy(kind,
                precinct ? integer(Remedy.PRECINCT, scope.getVariable(Remedy.PRECINCT)) : null,
                nomination ? text(scope.getVariable(Remedy.NOMINATION)) : null,
                kind == RemedyKind.DEREGISTER ? text(scope.getVariable(Remedy.GROUND)) : null);
    }

    /** Who acted: the signed-in user, else the task's assignee or the user the process names. Never "nobody". */
    static String actor(EngineUsers users, Object fallback) {
        return users.current().orElseGet(() -> {
            if (fallback instanceof String user && !user.isBlank()) {
                return user;
            }
            throw new IllegalStateException("a decision needs the person who made it: sign in, claim the task or name recordedBy");
        });
    }
}
