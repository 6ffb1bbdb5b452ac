package kz.election.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock and the time zones of the application. Now is the engine's clock, so what a step
 * stamps, the timers it sets and the deadlines it checks agree, and tests and the benchmark move them
 * together (ClockUtil). Kazakhstan keeps one time zone, UTC+5, since 1 March 2024, and the east was on UTC+6
 * before it (docs/RULES.md): the local dates and times of an election are read in its territory's zone
 * ({@link #zoneOf}), never in a fixed offset, so an election of 2023 in the east keeps its UTC+6.
 */
public final class ElectionTime {

    /**
     * The country's zone, for what concerns no one election (the audit of the whole installation, the staff's
     * daily digest, a date picked in a form before any election is known): Asia/Almaty, where the CEC sits, as
     * a zone and not a fixed offset, so that a date before 1 March 2024 is read as it was there.
     */
    public static final ZoneId COUNTRY = ZoneId.of("Asia/Almaty");

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
    private static final ZoneId EAST = COUNTRY;

    private ElectionTime() {
    }

    /** Now, by the engine's clock. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Today's date in the country's zone, by the engine's clock (the same everywhere since 1 March 2024). */
    public static LocalDate today() {
        return dateOf(now());
    }

    /** Today's date in a territory's zone, by the engine's clock. */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }

    /** The date of an instant in the country's zone. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, COUNTRY);
    }

    /** Every zone a territory of the register can have. */
    public static Set<ZoneId> zones() {
        Set<ZoneId> zones = new HashSet<>(ZONE_OF_OBLAST.values());
        zones.add(EAST);
        return Set.copyOf(zones);
    }

    /** The time zone of a territory of the register, by its KATO code (9 digits, the oblast in the first two). */
    public static ZoneId zoneOf(String katoCode) {
        return katoCode == null || katoCode.length() < 2 ? EAST : ZONE_OF_OBLAST.getOrDefault(katoCode.substring(0, 2), EAST);
    }

    /** "UTC+5", "UTC+6", "UTC+5:30": how a reader names an offset, beside a local time. */
    public static String utc(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) % 3600 / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + hours + (minutes == 0 ? "" : ":%02d".formatted(minutes));
    }

    /**
     * The date of a date a date picker sent (midnight of that day where the browser is): read in Asia/Almaty,
     * the easternmost zone the country had, so a western midnight never falls on the day before.
     */
    public static LocalDate dateOf(Date date) {
        return dateOf(date.toInstant());
    }
}
