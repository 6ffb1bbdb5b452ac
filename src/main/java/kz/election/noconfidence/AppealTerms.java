package kz.election.noconfidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import kz.election.calendar.WorkingDayCalendar;
import kz.election.ruleset.NoConfidenceRules;

/**
 * The terms of a citizens' appeal under the APPC (Art. 76; docs/RULES.md, "Working days"), in working days
 * of Kazakhstan's calendar counted from the day after receipt: forwarded to another body within
 * {@code appealForwardWorkingDays}, answered within {@code appealAnswerWorkingDays}, or extended once by a
 * reasoned decision, taken within the term, to at most {@code appealExtensionMaxMonths} after receipt, the
 * citizens told within {@code appealExtensionNoticeWorkingDays}. A term ends at the close of its last day
 * ({@link #CLOSE}); its warning goes out at the opening of the working day before ({@link #OPEN}).
 */
public record AppealTerms(LocalDate receivedOn, LocalDate forwardDueOn, LocalDate answerDueOn,
                          LocalDate latestExtension) {

    /** The close of a working day, when a term running to that day ends. */
    public static final LocalTime CLOSE = LocalTime.of(18, 0);
    /** The opening of a working day, when the warning of a term ending the next working day goes out. */
    public static final LocalTime OPEN = LocalTime.of(9, 0);

    public static AppealTerms of(LocalDate receivedOn, WorkingDayCalendar calendar, NoConfidenceRules rules) {
        return new AppealTerms(receivedOn,
                calendar.plusWorkingDays(receivedOn, rules.appealForwardWorkingDays().value()),
                calendar.plusWorkingDays(receivedOn, rules.appealAnswerWorkingDays().value()),
                receivedOn.plusMonths(rules.appealExtensionMaxMonths().value()));
    }

    /** The moment a term running to {@code dueOn} ends. */
    public static Instant dueAt(LocalDate dueOn, ZoneId zone) {
        return dueOn.atTime(CLOSE).atZone(zone).toInstant();
    }

    /** The moment the supervisors are warned of a term running to {@code dueOn}: the working day before, at opening. */
    public static Instant escalateAt(LocalDate dueOn, WorkingDayCalendar calendar, ZoneId zone) {
        return calendar.previousWorkingDay(dueOn).atTime(OPEN).atZone(zone).toInstant();
    }

    /**
     * What is wrong with extending the term, decided {@code today}, until {@code until} while the answer is
     * due on {@code currentDue}; empty when the extension stands. Only one extension is allowed: the caller
     * knows whether one was made.
     */
    public Optional<String> problemWithExtension(LocalDate today, LocalDate currentDue, LocalDate until) {
        if (until == null) {
            return Optional.of("enter the extended term (YYYY-MM-DD)");
        }
        if (today.isAfter(currentDue)) {
            return Optional.of("the term ended on " + currentDue + "; an extension is decided within the term");
        }
        if (!until.isAfter(currentDue)) {
            return Optional.of(until + " does not extend the term, which ends on " + currentDue);
        }
        if (until.isAfter(latestExtension)) {
            return Optional.of("an extension runs at most to " + latestExtension + ", the longest extension from the receipt on "
                    + receivedOn + "; " + until + " is later");
        }
        return Optional.empty();
    }
}
