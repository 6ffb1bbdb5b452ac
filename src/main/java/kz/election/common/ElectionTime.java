package kz.election.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock and the one time zone of the application. Now is the engine's clock, so what a step
 * stamps, the timers it sets and the deadlines it checks agree, and tests and the benchmark move them
 * together (ClockUtil). Kazakhstan keeps one time zone, UTC+5, since 1 March 2024 (docs/RULES.md); local
 * dates and times of an election are read in it.
 */
public final class ElectionTime {

    /** Kazakhstan's time zone. */
    public static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);

    private ElectionTime() {
    }

    /** Now, by the engine's clock. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Today's date in Kazakhstan, by the engine's clock. */
    public static LocalDate today() {
        return dateOf(now());
    }

    /** The date in Kazakhstan of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, KAZAKHSTAN);
    }

    /** The date in Kazakhstan of a date a date picker sent (midnight of that day in Kazakhstan). */
    public static LocalDate dateOf(Date date) {
        return dateOf(date.toInstant());
    }
}
