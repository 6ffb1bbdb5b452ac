package kz.election.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.election.ruleset.Certainty;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working-day calendar of Kazakhstan as its files give it. The oracle for 2026 is the egov.kz calendar
 * as published (15 weekdays off for a five-day week: docs/RULES.md, "Working days"); 2027 follows the law
 * and is marked unconfirmed where its dates are not yet published.
 */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath(WorkingDayCalendar.DEFAULT_LOCATION);

    static final List<String> WEEKDAYS_OFF_2026 = List.of("2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09",
            "2026-03-23", "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27",
            "2026-07-06", "2026-08-31", "2026-10-26", "2026-12-16");
    static final List<String> WEEKDAYS_OFF_2027 = List.of("2027-01-01", "2027-01-04", "2027-01-07", "2027-03-08",
            "2027-03-22", "2027-03-23", "2027-03-24", "2027-05-03", "2027-05-07", "2027-05-10", "2027-07-06",
            "2027-08-30", "2027-10-25", "2027-12-16");

    @Test
    void coversTheYears2026And2027() {
        assertThat(CALENDAR.years()).contains(2026, 2027);
    }

    @Test
    void theWeekdaysOffOf2026AreTheFifteenOfThePublishedCalendar() {
        assertThat(weekdaysOff(2026)).containsExactlyElementsOf(WEEKDAYS_OFF_2026.stream().map(LocalDate::parse).toList());
        // 365 days, 104 of them Saturdays and Sundays, 15 weekdays off
        assertThat(workingDays(2026)).isEqualTo(246);
    }

    @Test
    void theWeekdaysOffOf2027FollowTheLawOnHolidays() {
        assertThat(weekdaysOff(2027)).containsExactlyElementsOf(WEEKDAYS_OFF_2027.stream().map(LocalDate::parse).toList());
        assertThat(workingDays(2027)).isEqualTo(247);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-01-07, Orthodox Christmas, C",
            "2026-03-09, day off carried from 2026-03-08, C",
            "2026-03-21, Nauryz meiramy, C",
            "2026-03-24, day off carried from 2026-03-21, C",
            "2026-03-25, day off carried from 2026-03-22, C",
            "2026-05-11, day off carried from 2026-05-09, C",
            "2026-05-27, 'Kurban ait, first day', P",
            "2026-10-25, Republic Day, C",
            "2026-10-26, day off carried from 2026-10-25, P",
            "2026-12-16, Independence Day, C",
            "2027-01-04, day off carried from 2027-01-02, P",
            "2027-05-16, 'Kurban ait, first day', U",
    })
    void namesWhyADayIsOffWithItsSourceAndMark(LocalDate date, String reason, Certainty certainty) {
        WorkingDayCalendar.Day day = CALENDAR.day(date);
        assertThat(day.working()).isFalse();
        assertThat(day.reason()).isEqualTo(reason);
        assertThat(day.certainty()).isEqualTo(certainty);
        assertThat(day.citation()).isNotBlank();
    }

    @Test
    void aReligiousHolidayOnASundayCarriesNothing() {
        // Kurban ait 2027 by estimate on Sunday 16 May: Monday 17 May is worked
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-05-17"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-12-17"))).as("17 December is no holiday since 2022").isTrue();
    }

    @ParameterizedTest(name = "{1} working days after {0}: {2}")
    @CsvSource({
            // an appeal received on Friday 6 March 2026: 9 March and 23-25 March are off
            "2026-03-06, 15, 2026-04-02",
            "2026-03-06, 3, 2026-03-12",
            // received on Saturday 12 December: Monday is the first day counted, Independence Day is not
            "2026-12-12, 3, 2026-12-17",
            // across the Independence Day and the New Year
            "2026-12-15, 3, 2026-12-21",
            "2026-12-29, 3, 2027-01-05",
            "2026-12-29, 15, 2027-01-22",
            "2026-03-06, 0, 2026-03-06",
    })
    void countsWorkingDaysAfterTheDayOfReceipt(LocalDate from, int days, LocalDate expected) {
        assertThat(CALENDAR.plusWorkingDays(from, days)).isEqualTo(expected);
    }

    @Property
    void addingWorkingDaysNeverLandsOnAWeekendOrHoliday(@ForAll @IntRange(min = 0, max = 560) int offset,
                                                       @ForAll @IntRange(min = 1, max = 100) int days) {
        LocalDate from = LocalDate.parse("2026-01-01").plusDays(offset);
        LocalDate end = CALENDAR.plusWorkingDays(from, days);
        assertThat(CALENDAR.isWorkingDay(end)).isTrue();
        assertThat(end.getDayOfWeek() == DayOfWeek.SATURDAY || end.getDayOfWeek() == DayOfWeek.SUNDAY).isFalse();
        assertThat(Stream.iterate(from.plusDays(1), d -> !d.isAfter(end), d -> d.plusDays(1))
                .filter(CALENDAR::isWorkingDay).count()).isEqualTo(days);
        if (days > 1) {
            assertThat(CALENDAR.previousWorkingDay(end)).isAfter(from).isBefore(end);
        }
    }

    @Test
    void aYearWithoutAFileNamesTheFileToAdd() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.parse("2027-12-20"), 15))
                .isInstanceOf(WorkingDayCalendar.YearNotCoveredException.class)
                .hasMessageContaining("calendar/kz-2028.yaml");
    }

    @Test
    void aNationalHolidayOnAWeekendWithoutItsCarriedDayOffIsRefused() {
        String file = """
                year: 2026
                weekend: [SATURDAY, SUNDAY]
                holidays:
                  - {date: 2026-03-08, name: "International Women's Day", citation: "Law On holidays", certainty: C}
                carriedDaysOff: []
                transfers: {decree: "none", citation: "Labour Code Art. 85", certainty: U, days: []}
                """;
        assertThatThrownBy(() -> new WorkingDayCalendar(Map.of("calendar/kz-2026.yaml", file)))
                .hasMessageContaining("calendar/kz-2026.yaml")
                .hasMessageContaining("2026-03-08 (International Women's Day) falls on a SUNDAY");
    }

    @Test
    void aTransferMakesTheSaturdayWorkedAndTheWeekdayOff() {
        String file = """
                year: 2026
                weekend: [SATURDAY, SUNDAY]
                holidays: []
                carriedDaysOff: []
                transfers: {decree: "Decree No. 1 of 01.12.2025", citation: "Labour Code Art. 85 §3", certainty: C,
                            days: [{workingDay: 2026-01-03, dayOff: 2026-01-05}]}
                """;
        WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of("calendar/kz-2026.yaml", file));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-03"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-05"))).isFalse();
        assertThat(calendar.day(LocalDate.parse("2026-01-05")).reason()).contains("Decree No. 1 of 01.12.2025");
        assertThatThrownBy(() -> new WorkingDayCalendar(Map.of("calendar/kz-2026.yaml",
                file.replace("workingDay: 2026-01-03", "workingDay: 2026-01-06"))))
                .hasMessageContaining("2026-01-06: a transfer makes a weekend day a working day, not a TUESDAY");
    }

    private static List<LocalDate> weekdaysOff(int year) {
        return Stream.iterate(LocalDate.of(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(d -> !CALENDAR.isWorkingDay(d)).toList();
    }

    private static long workingDays(int year) {
        return Stream.iterate(LocalDate.of(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
                .filter(CALENDAR::isWorkingDay).count();
    }
}
