package kz.election.results;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import kz.election.notification.MailFormat;
import kz.election.notification.MailLanguage;

/**
 * Numbers and dates as the reader's language writes them (templates call it as {@code fmt}): the mail
 * formatting for dates and counts, and shares always with the two decimals the tabulation rounds to.
 */
public final class ResultsFormat {

    private final MailFormat format;
    private final MailLanguage language;

    public ResultsFormat(MailLanguage language) {
        this.language = language;
        this.format = new MailFormat(language.formatLocale());
    }

    public String date(LocalDate value) {
        return value == null ? "" : format.date(value);
    }

    public String dateTime(OffsetDateTime value) {
        return value == null ? "" : format.dateTime(value);
    }

    /** A count; blank for a figure that does not exist yet (a precinct still awaiting its protocol). */
    public String number(Number value) {
        return value == null ? "" : format.number(value);
    }

    /** A percentage as the tabulation gives it (63.45 means 63.45 %), written with two decimals. */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(language.formatLocale());
        percent.setMinimumFractionDigits(2);
        percent.setMaximumFractionDigits(2);
        return percent.format(value.movePointLeft(2));
    }
}
