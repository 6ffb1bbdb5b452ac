package kz.election.conduct.process;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import kz.election.common.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of election.bpmn in one place, and how form values are read. */
public final class ElectionVariables {

    public static final String ELECTION_NUMBER = "electionNumber";
    public static final String REPEAT_VOTING = "repeatVoting";
    /** ENOUGH, EXTEND or HIGHER_AKIM_NOMINATES (CandidateShortfallRules). */
    public static final String NOMINATION_ROUTE = "nominationRoute";
    public static final String STANDING_NOMINEES = "standingNominees";
    /** FIX_BALLOT or NO_CONTEST. */
    public static final String REGISTRATION_ROUTE = "registrationRoute";
    public static final String REGISTERED_CANDIDATES = "registeredCandidates";
    public static final String RESULT_VERSION = "resultVersion";
    public static final String RESULT_SUMMARY = "resultSummary";
    public static final String ESTABLISHED_BY = "establishedBy";
    /** ELECTED, REPEAT_VOTING or INVALID: where the published result leads. */
    public static final String RESULT_ROUTE = "resultRoute";
    public static final String WINNER = "winner";
    public static final String FOLLOW_UP_ELECTION = "followUpElection";
    public static final String ESCALATED_DEADLINE = "escalatedDeadline";
    public static final String ESCALATED_DEADLINE_NAME = "escalatedDeadlineName";
    public static final String ESCALATED_DUE_AT = "escalatedDueAt";
    public static final String ESCALATED_TASK = "escalatedTask";

    private ElectionVariables() {
    }

    /**
     * The election a step acts on: the process's business key, which is the election number. The variable
     * of that name is there for the forms; a task completion can overwrite it, so no step reads it.
     */
    public static String electionNumber(VariableScope scope) {
        String key = scope instanceof DelegateTask task ? task.getExecution().getProcessBusinessKey()
                : scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("an election runs under its number as business key; this one has none");
        }
        return key;
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    static int integer(Object value) {
        return value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().strip());
    }

    /** A date typed as YYYY-MM-DD (or picked: a Date at midnight in Kazakhstan); null when blank. */
    static LocalDate date(String field, Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneOffset.ofHours(5));
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "write the date as YYYY-MM-DD, not \"" + text + "\"");
        }
    }

    static <E extends Enum<E>> E choice(String field, Object value, Class<E> type) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "\"" + text + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
