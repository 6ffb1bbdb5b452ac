package kz.election.election;

import kz.election.ruleset.CalendarRules;
import kz.election.ruleset.Ruleset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a call of an election against the ruleset; returns every violation, not just the first. */
public final class AnnouncementRules {

    private static final String SUNDAY_SOURCE = "Constitutional Law On Elections No. 2464, election day is a Sunday";

    public List<Violation> check(Announcement a, Ruleset ruleset) {
        List<Violation> violations = new ArrayList<>();
        require(violations, "level", a.level());
        require(violations, "reason", a.reason());
        require(violations, "callDate", a.callDate());
        require(violations, "electionDay", a.electionDay());
        if (a.reason() == ElectionReason.REGULAR) {
            if (a.termEnd() == null) {
                violations.add(new Violation("termEnd",
                        "the sitting akim's term end is required for a REGULAR election", ""));
            }
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        CalendarRules rules = ruleset.calendar(a.level());
        checkSunday(a, violations);
        checkDaysAfterCall(a, rules, violations);
        if (a.reason() == ElectionReason.REGULAR) {
            checkBeforeTermEnd(a, rules, violations);
        }
        if (a.reason() == ElectionReason.EARLY && a.vacancyDate() != null) {
            checkEarlyCallWindow(a, rules, violations);
        }
        if (a.reason() == ElectionReason.EARLY) {
            checkEarlyElectionDay(a, rules, violations);
        }
        return violations;
    }

    private static void checkSunday(Announcement a, List<Violation> violations) {
        DayOfWeek day = a.electionDay().getDayOfWeek();
        if (day != DayOfWeek.SUNDAY) {
            violations.add(new Violation("electionDay", "election day " + a.electionDay() + " is a "
                    + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "; elections are held on a Sunday",
                    SUNDAY_SOURCE));
        }
    }

    private static void checkDaysAfterCall(Announcement a, CalendarRules rules, List<Violation> violations) {
        int minDays = rules.minDaysFromCallToElection().value();
        LocalDate earliest = a.callDate().plusDays(minDays);
        if (a.electionDay().isBefore(earliest)) {
            LocalDate earliestSunday = earliest.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            violations.add(new Violation("electionDay", "election day " + a.electionDay()
                    + " must be at least " + minDays + " days after the call on " + a.callDate()
                    + " for a " + a.level() + " election; the earliest Sunday is " + earliestSunday,
                    rules.minDaysFromCallToElection().citation()));
        }
    }

    private static void checkBeforeTermEnd(Announcement a, CalendarRules rules, List<Violation> violations) {
        int minDays = rules.regularElectionMinDaysBeforeTermEnd().value();
        LocalDate latest = a.termEnd().minusDays(minDays);
        if (a.electionDay().isAfter(latest)) {
            violations.add(new Violation("termEnd", "election day " + a.electionDay() + " must be at least "
                    + minDays + " days before the sitting akim's term ends on " + a.termEnd()
                    + "; the latest possible day is " + latest,
                    rules.regularElectionMinDaysBeforeTermEnd().citation()));
        }
    }

    private static void checkEarlyCallWindow(Announcement a, CalendarRules rules, List<Violation> violations) {
        int within = rules.earlyCallWithinDaysOfVacancy().value();
        if (a.callDate().isBefore(a.vacancyDate())) {
            violations.add(new Violation("callDate", "the call on " + a.callDate()
                    + " comes before the post fell vacant on " + a.vacancyDate(),
                    rules.earlyCallWithinDaysOfVacancy().citation()));
        } else if (a.callDate().isAfter(a.vacancyDate().plusDays(within))) {
            violations.add(new Violation("callDate", "an early election must be called within " + within
                    + " days of the vacancy on " + a.vacancyDate() + ", so by " + a.vacancyDate().plusDays(within)
                    + "; the call is on " + a.callDate(), rules.earlyCallWithinDaysOfVacancy().citation()));
        }
    }

    /** The same window the no-confidence path proposes and confirms the early election's day in. */
    private static void checkEarlyElectionDay(Announcement a, CalendarRules rules, List<Violation> violations) {
        int within = rules.earlyElectionWithinDaysAfterCall().value();
        LocalDate latest = a.callDate().plusDays(within);
        if (a.electionDay().isAfter(latest)) {
            violations.add(new Violation("electionDay", "an early election is held within " + within
                    + " days of its call on " + a.callDate() + ", so by " + latest + "; election day "
                    + a.electionDay() + " is later", rules.earlyElectionWithinDaysAfterCall().citation()));
        }
    }

    private static void require(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, field + " is required", ""));
        }
    }
}
