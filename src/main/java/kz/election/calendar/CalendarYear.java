package kz.election.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import kz.election.ruleset.Certainty;

/**
 * One file of the working-day calendar (resources {@code calendar/kz-YYYY.yaml}), as written: the
 * public holidays, the days off they carry to the next working day, and the Government's transfers.
 */
record CalendarYear(int year, List<DayOfWeek> weekend, List<Holiday> holidays, List<CarriedDayOff> carriedDaysOff,
                    Transfers transfers) {

    /** A public holiday; a religious one is a day off on its date only and carries nothing to a weekday. */
    record Holiday(LocalDate date, String name, boolean religious, String citation, Certainty certainty) {
    }

    /** The working day that becomes a day off because the holiday it {@code carries} fell on a weekend. */
    record CarriedDayOff(LocalDate date, LocalDate carries, String citation, Certainty certainty) {
    }

    /** The Government's decree moving days off that year: each weekend day it makes a working day, and the weekday it frees. */
    record Transfers(String decree, String citation, Certainty certainty, List<Transfer> days) {
    }

    /** {@code workingDay} (a Saturday or Sunday) is worked, and {@code dayOff} (a weekday) is not. */
    record Transfer(LocalDate workingDay, LocalDate dayOff) {
    }
}
