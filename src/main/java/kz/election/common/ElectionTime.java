package kz.election.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
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

    /**
     * The oblasts whose IANA zone is not Asia/Almaty's, by the first two digits of their KATO code (the west,
     * UTC+5 before 1 March 2024, and Kostanay with its own history); every other oblast keeps Asia/Almaty's
     * (UTC+6 until 1 March 2024, UTC+5 since: docs/RULES.md, Elections and the commissions that run them).
     * The JDK's time-zone data carries both, so a 2023 date in the east is UTC+6.
     */
    private static final Map<String, ZoneId> ZONE_OF_OBLAST = Map.of(
            "15", ZoneId.of("Asia/Aqtobe"),
            "23", ZoneId.of("Asia/Atyrau"),
            "27", ZoneId.of("Asia/Oral"),
            "39", ZoneId.of("Asia/Qostanay"),
            "43", ZoneId.of("Asia/Qyzylorda"),
            "47", ZoneId.of("Asia/Aqtau"));
    private static final ZoneId EAST = ZoneId.of("Asia/Almaty");

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

    /** The time zone of a territory of the register, by its KATO code (9 digits, the oblast in the first two). */
    public static ZoneId zoneOf(String katoCode) {
        return katoCode == null || katoCode.length() < 2 ? EAST : ZONE_OF_OBLAST.getOrDefault(katoCode.substring(0, 2), EAST);
    }

    /** The date in Kazakhstan of a date a date picker sent (midnight of that day in Kazakhstan). */
    public static LocalDate dateOf(Date date) {
        return dateOf(date.toInstant());
    }
}
