package kz.election.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.election.ruleset.Certainty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Kazakhstan's working days (docs/RULES.md, "Working days"): Monday to Friday, less the public holidays, the
 * days off a holiday on a weekend carries to the next working day and the weekdays the Government frees,
 * plus the weekend days it makes working days. Read from one file per year ({@code calendar/kz-YYYY.yaml}),
 * each entry with its source and certainty, and checked whole when loaded, so a wrong file stops the
 * application with the file and the date. A year without a file cannot be counted: asking for it says
 * which file to add, never guesses.
 */
public final class WorkingDayCalendar {

    public static final String DEFAULT_LOCATION = "classpath*:calendar/kz-*.yaml";

    private final Map<Integer, CalendarYear> years;
    /** Every day that is not what its weekday says: a weekday off (true) or a working weekend day (false), with why. */
    private final Map<LocalDate, Day> exceptions;

    /** Why a date is or is not a working day, with the source of that and how sure it is. */
    public record Day(LocalDate date, boolean working, String reason, String citation, Certainty certainty) {
    }

    WorkingDayCalendar(Map<String, String> textByFile) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<Integer, CalendarYear> read = new TreeMap<>();
        Map<LocalDate, Day> days = new HashMap<>();
        for (Map.Entry<String, String> file : new TreeMap<>(textByFile).entrySet()) {
            CalendarYear year;
            try {
                year = yaml.readValue(file.getValue(), CalendarYear.class);
            } catch (IOException e) {
                throw new IllegalStateException(file.getKey() + ": " + e.getMessage(), e);
            }
            check(file.getKey(), year);
            if (read.put(year.year(), year) != null) {
                throw new IllegalStateException(file.getKey() + ": year " + year.year() + " has two files");
            }
            days.putAll(exceptions(year));
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("no working-day calendar files found");
        }
        this.years = Map.copyOf(read);
        this.exceptions = Map.copyOf(days);
    }

    /** Loads every file matching a Spring resource pattern such as {@link #DEFAULT_LOCATION}. */
    public static WorkingDayCalendar fromClasspath(String locationPattern) {
        try {
            Map<String, String> files = new HashMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                files.put("calendar/" + resource.getFilename(), resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            }
            return new WorkingDayCalendar(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the working-day calendar from " + locationPattern, e);
        }
    }

    /** The years this calendar can count in. */
    public Set<Integer> years() {
        return new java.util.TreeSet<>(years.keySet());
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    /** What that date is, and why. */
    public Day day(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year == null) {
            throw new YearNotCoveredException(date.getYear());
        }
        Day exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        boolean weekend = year.weekend().contains(date.getDayOfWeek());
        return new Day(date, !weekend, weekend ? "weekend" : "working day", "Labour Code Art. 84 (weekly days off)",
                Certainty.C);
    }

    /**
     * The {@code days}-th working day after {@code from}, which itself is not counted: a term of "N working
     * days from the day of receipt" ends on {@code plusWorkingDays(received, N)}.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The last working day before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The days off and worked weekend days a file declares; {@link #check} has made sure none repeats. */
    private static Map<LocalDate, Day> exceptions(CalendarYear year) {
        Map<LocalDate, Day> days = new HashMap<>();
        for (CalendarYear.Holiday h : year.holidays()) {
            days.put(h.date(), new Day(h.date(), false, h.name(), h.citation(), h.certainty()));
        }
        for (CalendarYear.CarriedDayOff c : year.carriedDaysOff()) {
            days.put(c.date(), new Day(c.date(), false, "day off carried from " + c.carries(), c.citation(),
                    c.certainty()));
        }
        CalendarYear.Transfers t = year.transfers();
        for (CalendarYear.Transfer transfer : t.days()) {
            days.put(transfer.dayOff(), new Day(transfer.dayOff(), false, "day off moved from " + transfer.workingDay()
                    + " (" + t.decree() + ")", t.citation(), t.certainty()));
            days.put(transfer.workingDay(), new Day(transfer.workingDay(), true, "working day, its day off moved to "
                    + transfer.dayOff() + " (" + t.decree() + ")", t.citation(), t.certainty()));
        }
        return days;
    }

    /**
     * A file is whole and agrees with itself: its name and every date name its year, no date is declared
     * twice, every entry has a source and a mark, a day off carried or moved lands on a weekday and a worked
     * day on the weekend, and every national holiday on a weekend has its carried day off (religious ones none).
     */
    private static void check(String file, CalendarYear year) {
        List<String> problems = new ArrayList<>();
        if (!file.endsWith("kz-" + year.year() + ".yaml")) {
            problems.add("the file of year " + year.year() + " must be named kz-" + year.year() + ".yaml");
        }
        if (year.weekend() == null || year.holidays() == null || year.carriedDaysOff() == null || year.transfers() == null
                || year.transfers().days() == null) {
            throw new IllegalStateException(file + ": weekend, holidays, carriedDaysOff and transfers (with days) are required");
        }
        Set<LocalDate> seen = new HashSet<>();
        Map<LocalDate, CalendarYear.Holiday> holidays = new HashMap<>();
        for (CalendarYear.Holiday h : year.holidays()) {
            entry(problems, year, seen, h.date(), h.citation(), h.certainty());
            if (h.name() == null || h.name().isBlank()) {
                problems.add(h.date() + ": name the holiday");
            }
            holidays.put(h.date(), h);
        }
        Set<LocalDate> carried = new HashSet<>();
        for (CalendarYear.CarriedDayOff c : year.carriedDaysOff()) {
            entry(problems, year, seen, c.date(), c.citation(), c.certainty());
            weekday(problems, year, c.date(), "a carried day off");
            CalendarYear.Holiday h = holidays.get(c.carries());
            if (h == null || h.religious() || !year.weekend().contains(h.date().getDayOfWeek())) {
                problems.add(c.date() + ": carries " + c.carries() + ", which is no national holiday on a weekend");
            } else if (!carried.add(c.carries())) {
                problems.add(c.date() + ": " + c.carries() + " is carried twice");
            } else if (!c.date().isAfter(c.carries())) {
                problems.add(c.date() + ": a day off is carried forward, after " + c.carries());
            }
        }
        for (CalendarYear.Holiday h : year.holidays()) {
            if (!h.religious() && year.weekend().contains(h.date().getDayOfWeek()) && !carried.contains(h.date())) {
                problems.add(h.date() + " (" + h.name() + ") falls on a " + h.date().getDayOfWeek()
                        + ": its day off carried to the next working day is missing from carriedDaysOff");
            }
        }
        CalendarYear.Transfers t = year.transfers();
        if (t.decree() == null || t.decree().isBlank()) {
            problems.add("transfers: name the Government's decree (or say none was found)");
        }
        if (t.citation() == null || t.citation().isBlank() || t.certainty() == null) {
            problems.add("transfers: give the citation and the certainty");
        }
        for (CalendarYear.Transfer transfer : t.days()) {
            entry(problems, year, seen, transfer.dayOff(), "transfer", Certainty.C);
            entry(problems, year, seen, transfer.workingDay(), "transfer", Certainty.C);
            weekday(problems, year, transfer.dayOff(), "a transferred day off");
            if (transfer.workingDay() != null && !year.weekend().contains(transfer.workingDay().getDayOfWeek())) {
                problems.add(transfer.workingDay() + ": a transfer makes a weekend day a working day, not a "
                        + transfer.workingDay().getDayOfWeek());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ": " + String.join("; ", problems));
        }
    }

    private static void entry(List<String> problems, CalendarYear year, Set<LocalDate> seen, LocalDate date,
                              String citation, Certainty certainty) {
        if (date == null) {
            problems.add("an entry has no date");
            return;
        }
        if (date.getYear() != year.year()) {
            problems.add(date + " is not in " + year.year());
        }
        if (!seen.add(date)) {
            problems.add(date + " is declared twice");
        }
        if (citation == null || citation.isBlank() || certainty == null) {
            problems.add(date + ": give the citation and the certainty");
        }
    }

    private static void weekday(List<String> problems, CalendarYear year, LocalDate date, String what) {
        if (date != null && year.weekend().contains(date.getDayOfWeek())) {
            problems.add(date + ": " + what + " must be a weekday, not a " + date.getDayOfWeek());
        }
    }

    /** Asked about a year no file covers. */
    public static final class YearNotCoveredException extends IllegalStateException {
        YearNotCoveredException(int year) {
            super("the working-day calendar has no file for " + year + ": add calendar/kz-" + year
                    + ".yaml with the holidays and the Government's transfers of that year");
        }
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar" + years();
    }
}
