package kz.election.candidate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting of numbers and times in rule messages, the same way in every message. */
final class Texts {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ENGLISH);

    private Texts() {
    }

    static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** 1 voter, 1,204 voters. */
    static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** The instant in the election's zone, with its offset: a 2023 time reads +06:00 in the east, +05:00 in the west. */
    static String time(Instant instant, ZoneId zone) {
        return LOCAL_TIME.withZone(zone).format(instant);
    }

    /** 0.05 -> "5%", 0.055 -> "5.5%". */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    static String percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
    }
}
