package kz.election.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import kz.election.common.ElectionTime;

/**
 * Dates, times and numbers as a reader of one language expects them; templates call it as {@code fmt}.
 * Times are shown in Kazakhstan time with the offset stated, whatever zone the server runs in.
 */
public final class MailFormat {

    // A fixed offset, not Asia/Almaty: the single UTC+5 zone dates from 1 March 2024, and a JDK with
    // older time-zone data would still show UTC+6 for Almaty.

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public MailFormat(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    /** A calendar date; a point in time shows its Kazakhstan date. */
    public String date(Object value) {
        if (value instanceof LocalDate localDate) {
            return date.format(localDate);
        }
        return date.format(inKazakhstan(value));
    }

    /** A point in time: date, time and "(UTC+5)". */
    public String dateTime(Object value) {
        if (value instanceof LocalDate localDate) {
            return date(localDate);
        }
        LocalDateTime local = inKazakhstan(value);
        return date.format(local) + ", " + time.format(local) + " (UTC+5)";
    }

    public String number(Object value) {
        return NumberFormat.getIntegerInstance(locale).format(toNumber(value));
    }

    /** A share given as a fraction (0.791), shown as a percentage with up to two decimals. */
    public String percent(Object value) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(2);
        return percent.format(toNumber(value));
    }

    /** Whatever the value is, as this language writes it (used for subject lines). */
    public String any(Object value) {
        if (value instanceof LocalDate) {
            return date(value);
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime
                || value instanceof LocalDateTime || value instanceof Date) {
            return dateTime(value);
        }
        if (value instanceof Number) {
            return value instanceof BigDecimal || value instanceof Double || value instanceof Float
                    ? NumberFormat.getNumberInstance(locale).format(value) : number(value);
        }
        return String.valueOf(value);
    }

    private static LocalDateTime inKazakhstan(Object value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ElectionTime.KAZAKHSTAN);
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.atZoneSameInstant(ElectionTime.KAZAKHSTAN).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zonedDateTime) {
            return zonedDateTime.withZoneSameInstant(ElectionTime.KAZAKHSTAN).toLocalDateTime();
        }
        if (value instanceof Date legacy) {
            return LocalDateTime.ofInstant(legacy.toInstant(), ElectionTime.KAZAKHSTAN);
        }
        if (value instanceof LocalDateTime localDateTime) {
            return localDateTime; // by contract already Kazakhstan time
        }
        if (value instanceof String text) {
            return OffsetDateTime.parse(text).atZoneSameInstant(ElectionTime.KAZAKHSTAN).toLocalDateTime();
        }
        throw new IllegalArgumentException("not a date or time: " + value);
    }

    private static Number toNumber(Object value) {
        if (value instanceof Number number) {
            return number;
        }
        return new BigDecimal(String.valueOf(value));
    }
}
