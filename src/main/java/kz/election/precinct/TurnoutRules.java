package kz.election.precinct;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import kz.election.common.FieldViolation;

/**
 * Election-day turnout as plain rules: when each precinct reports (the ruleset's report times between
 * the opening and the close of polls, and at the close), when a report is late, and which reported
 * numbers are impossible (ballots issued so far never decrease and never exceed the voters on the list).
 */
public final class TurnoutRules {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private TurnoutRules() {
    }

    /**
     * One report every precinct owes.
     *
     * @param hour     the report time as people say it, local time of election day, e.g. "10:00"
     * @param reportAt when the report can be made (the task appears)
     * @param dueAt    when it is late: the report time plus the ruleset's grace
     * @param atClose  the report at the close of polls
     */
    public record Slot(String hour, OffsetDateTime reportAt, OffsetDateTime dueAt, boolean atClose) {
    }

    /** Where one report stands at a given moment. */
    public enum Status {
        /** Its report time has not come yet. */
        PENDING,
        /** Its time has come and it is not late yet. */
        OPEN,
        /** Reported by the due time. */
        ON_TIME,
        /** Reported after the due time. */
        LATE,
        /** Due time passed, nothing reported. */
        MISSING
    }

    /**
     * @param pollsOpen   the stored calendar's opening of polls (its offset is the election's time zone)
     * @param pollsClose  the stored calendar's close of polls
     * @param reportTimes the ruleset's report times; those not strictly between opening and close are dropped
     * @param atClose     whether a report is owed at the close too
     */
    public static List<Slot> schedule(OffsetDateTime pollsOpen, OffsetDateTime pollsClose, List<LocalTime> reportTimes,
                                      boolean atClose, Duration grace) {
        Objects.requireNonNull(pollsOpen, "pollsOpen");
        Objects.requireNonNull(pollsClose, "pollsClose");
        List<Slot> slots = new ArrayList<>();
        for (LocalTime time : new TreeSet<>(reportTimes)) {
            OffsetDateTime at = OffsetDateTime.of(pollsOpen.toLocalDate(), time, pollsOpen.getOffset());
            if (at.isAfter(pollsOpen) && at.isBefore(pollsClose)) {
                slots.add(new Slot(HOUR.format(at), at, at.plus(grace), false));
            }
        }
        if (atClose) {
            slots.add(new Slot(HOUR.format(pollsClose), pollsClose, pollsClose.plus(grace), true));
        }
        return List.copyOf(slots);
    }

    public static Status status(Slot slot, OffsetDateTime reportedAt, OffsetDateTime now) {
        if (reportedAt != null) {
            return reportedAt.isAfter(slot.dueAt()) ? Status.LATE : Status.ON_TIME;
        }
        if (now.isBefore(slot.reportAt())) {
            return Status.PENDING;
        }
        return now.isAfter(slot.dueAt()) ? Status.MISSING : Status.OPEN;
    }

    /**
     * Every reason the report cannot be taken, each naming its field.
     *
     * @param reported the ballots issued the precinct reported so far, by hour
     */
    public static List<FieldViolation> check(List<Slot> schedule, String hour, Long ballotsIssued, long votersOnList,
                                             Map<String, Long> reported) {
        List<FieldViolation> violations = new ArrayList<>();
        List<String> hours = schedule.stream().map(Slot::hour).toList();
        int position = hour == null ? -1 : hours.indexOf(hour.strip());
        if (hour == null || hour.isBlank()) {
            violations.add(new FieldViolation("hour", "is required: one of " + String.join(", ", hours)));
        } else if (position < 0) {
            violations.add(new FieldViolation("hour", "'" + hour + "' is not a report time of this election; report at "
                    + (hours.isEmpty() ? "no time (the ruleset asks for none)" : "one of " + String.join(", ", hours))));
        }
        if (ballotsIssued == null) {
            violations.add(new FieldViolation("ballotsIssued", "is required: the ballots issued so far, 0 if none"));
            return violations;
        }
        if (ballotsIssued < 0) {
            violations.add(new FieldViolation("ballotsIssued", ballotsIssued + " is negative; a count cannot be"));
        }
        if (ballotsIssued > votersOnList) {
            violations.add(new FieldViolation("ballotsIssued", ballotsIssued + " is more than the " + votersOnList
                    + " voters on the list"));
        }
        if (position >= 0) {
            for (int i = 0; i < hours.size(); i++) {
                Long earlier = reported.get(hours.get(i));
                if (earlier == null || i == position) {
                    continue;
                }
                if (i < position && earlier > ballotsIssued) {
                    violations.add(new FieldViolation("ballotsIssued", ballotsIssued + " is less than the " + earlier
                            + " reported at " + hours.get(i) + ": ballots issued so far never decrease"));
                } else if (i > position && earlier < ballotsIssued) {
                    violations.add(new FieldViolation("ballotsIssued", ballotsIssued + " is more than the " + earlier
                            + " reported later, at " + hours.get(i) + ": ballots issued so far never decrease"));
                }
            }
        }
        return violations;
    }
}
