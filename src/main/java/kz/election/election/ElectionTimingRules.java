package kz.election.election;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;

/** The moments the election process computes on the way, beyond the calendar fixed at the call. */
public final class ElectionTimingRules {

    private ElectionTimingRules() {
    }

    /** Nomination extended by whole days from its regular close, at the same time of day. */
    public static OffsetDateTime extendedNominationClose(OffsetDateTime regularClose, int extensionDays) {
        if (extensionDays < 0) {
            throw new IllegalArgumentException("extension days cannot be negative: " + extensionDays);
        }
        return regularClose.plusDays(extensionDays);
    }

    /** When a supervisor is warned: the escalation hours before the deadline. */
    public static OffsetDateTime escalateAt(OffsetDateTime deadline, int hoursBefore) {
        return deadline.minus(Duration.ofHours(hoursBefore));
    }

    /**
     * The end of the complaint window after publication: the ruleset's days, but never later than the
     * winner's registration deadline, which the law fixes and a window cannot push back.
     */
    public static OffsetDateTime complaintWindowEnd(OffsetDateTime publishedAt, int windowDays,
                                                    OffsetDateTime winnerRegistrationDeadline) {
        OffsetDateTime end = publishedAt.plusDays(windowDays);
        return end.isAfter(winnerRegistrationDeadline) ? winnerRegistrationDeadline : end;
    }

    /**
     * Election day of a REPEAT election the process calls by itself: the first Sunday at least the
     * level's minimum days after the call (docs/RULES.md gives no other deadline for it).
     */
    public static LocalDate earliestElectionDay(LocalDate callDate, int minDaysFromCall) {
        return callDate.plusDays(minDaysFromCall).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
