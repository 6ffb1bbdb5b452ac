package kz.election.precinct;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.election.common.FieldViolation;
import kz.election.ruleset.CalendarRules;

/**
 * The hours a territorial commission may give one precinct (docs/RULES.md, The calendar: voting): opening
 * not before {@code pollsEarliestOpen}, closing not after {@code pollsLatestClose}, the opening before the
 * closing, and decided before the day of silence begins (the election's calendar {@code campaignEnds}), when
 * the election sets the moment it starts the counts. Plain rules, named by the request's fields.
 */
public final class PollingHoursRules {

    public static final String POLLS_OPEN = "pollsOpen";
    public static final String POLLS_CLOSE = "pollsClose";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The hours asked for: either may be null, which keeps the precinct's current one. */
    public record Request(
            @Schema(description = "the precinct's new opening on election day, HH:MM; absent keeps the current one; not before the ruleset's earliest opening (06:00) and before the closing; refused from the start of the day of silence", pattern = "^[0-9]{2}:[0-9]{2}$", example = "07:00") String pollsOpen,
            @Schema(description = "the precinct's new closing on election day, HH:MM; absent keeps the current one; not after the ruleset's latest closing (22:00) and after the opening; one of the two is required", pattern = "^[0-9]{2}:[0-9]{2}$", example = "20:00") String pollsClose) {
    }

    /** A precinct's hours as they will be: each a time of election day. */
    public record Hours(LocalTime open, LocalTime close) {
    }

    private PollingHoursRules() {
    }

    /**
     * The hours the request gives the precinct, or the problems with it.
     *
     * @param current the precinct's hours now (its own, else the calendar's)
     * @param now     the engine's time in the election's zone; @param cutOff the day of silence's start
     */
    public static Result check(Request request, Hours current, CalendarRules rules, OffsetDateTime now,
                               OffsetDateTime cutOff) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null || request.pollsOpen() == null && request.pollsClose() == null) {
            violations.add(new FieldViolation(POLLS_OPEN, "give pollsOpen, pollsClose or both, as HH:MM"));
            return new Result(current, violations);
        }
        LocalTime open = time(violations, POLLS_OPEN, request.pollsOpen(), current.open());
        LocalTime close = time(violations, POLLS_CLOSE, request.pollsClose(), current.close());
        if (!now.isBefore(cutOff)) {
            String field = request.pollsOpen() != null ? POLLS_OPEN : POLLS_CLOSE;
            violations.add(new FieldViolation(field, "can no longer be moved: the hours are decided before the day"
                    + " of silence, which began at " + cutOff.toLocalDateTime() + " (" + rules.campaignEndTime().citation()
                    + ")"));
        }
        if (open != null && open.isBefore(rules.pollsEarliestOpen().value())) {
            violations.add(new FieldViolation(POLLS_OPEN, "must not be before " + rules.pollsEarliestOpen().value()
                    + ", was " + open + " (" + rules.pollsEarliestOpen().citation() + ")"));
        }
        if (close != null && close.isAfter(rules.pollsLatestClose().value())) {
            violations.add(new FieldViolation(POLLS_CLOSE, "must not be after " + rules.pollsLatestClose().value()
                    + ", was " + close + " (" + rules.pollsLatestClose().citation() + ")"));
        }
        if (open != null && close != null && !open.isBefore(close)) {
            violations.add(new FieldViolation(POLLS_CLOSE, "must be after the opening " + open + ", was " + close));
        }
        return new Result(violations.isEmpty() ? new Hours(open, close) : current, violations);
    }

    /** The hours to store, or why not. */
    public record Result(Hours hours, List<FieldViolation> violations) {
        public Result {
            violations = List.copyOf(violations);
        }
    }

    private static LocalTime time(List<FieldViolation> violations, String field, String text, LocalTime current) {
        if (text == null) {
            return current;
        }
        try {
            return LocalTime.parse(text.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "write the time as HH:MM (e.g. 06:00), was '" + text.strip() + "'"));
            return null;
        }
    }
}
