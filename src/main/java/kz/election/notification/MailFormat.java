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
 * A time is shown with its offset stated ("(UTC+6)"), whatever zone the server runs in: a time that carries
 * its zone (an {@link OffsetDateTime}, as the mails of an election give its times, in its territory's zone)
 * is shown in it, so a 2023 deadline in the east reads UTC+6; a bare instant concerns no one territory and is
 * shown in the country's zone ({@link ElectionTime#COUNTRY}). The rulesets check at start that the JDK's
 * time-zone data knows the single UTC+5 of 1 March 2024.
 */
public final class MailFormat {

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
        return date.format(local(value));
    }

    /** A point in time: date, time and its offset, "(UTC+5)". */
    public String dateTime(Object value) {
        if (value instanceof LocalDate localDate) {
            return date(localDate);
        }
        OffsetDateTime local = local(value);
        return date.format(local) + ", " + time.format(local) + " (" + ElectionTime.utc(local.getOffset()) + ")";
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

    private static OffsetDateTime local(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(ElectionTime.COUNTRY).toOffsetDateTime();
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime;
        }
        if (value instanceof ZonedDateTime zonedDateTime) {
            return zonedDateTime.toOffsetDateTime();
        }
        if (value instanceof Date legacy) {
            return legacy.toInstant().atZone(ElectionTime.COUNTRY).toOffsetDateTime();
        }
        if (value instanceof LocalDateTime localDateTime) {
            return localDateTime.atZone(ElectionTime.COUNTRY).toOffsetDateTime(); // by contract the country's time
        }
        if (value instanceof String text) {
            return OffsetDateTime.parse(text);
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
