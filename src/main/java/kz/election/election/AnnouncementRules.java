package kz.election.election;

import kz.election.ruleset.CalendarRules;
import kz.election.ruleset.Ruleset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        checkDaysAfterCall(a, rules, violations, ruleset);
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

    /**
     * The warning a call shorter than the ruleset's minimum gets where the ruleset makes that minimum
     * something the commission confirms (docs/RULES.md, The calendar: real calls 39 and 37 days ahead);
     * empty when the lead is long enough or the shorter call is refused instead.
     */
    public Optional<Violation> shortCallWarning(Announcement a, Ruleset ruleset) {
        if (a.level() == null || a.callDate() == null || a.electionDay() == null) {
            return Optional.empty();
        }
        CalendarRules rules = ruleset.calendar(a.level());
        int minDays = rules.minDaysFromCallToElection().value();
        LocalDate earliest = a.callDate().plusDays(minDays);
        // nomination opens the day after the call and must still close after it: that much is never waived
        LocalDate nominationCloses = a.electionDay().minusDays(rules.nominationCloseDaysBefore().value());
        if (!a.electionDay().isBefore(earliest) || !rules.shorterCallConfirmable()
                || !a.callDate().plusDays(1).isBefore(nominationCloses)) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(a.callDate(), a.electionDay());
        return Optional.of(new Violation(AnnouncementRequest.SHORT_CALL_CONFIRMED, "election day " + a.electionDay()
                + " is " + days + " days after the call on " + a.callDate() + ", " + (minDays - days)
                + " short of the " + minDays + " days of a " + a.level() + " election, a minimum the rules mark as"
                + " unconfirmed (" + rules.minDaysFromCallToElection().certainty() + "): the commission confirms the"
                + " shorter lead, or chooses a Sunday from "
                + earliest.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)),
                rules.shorterCallNeedsConfirmation().citation()));
    }

    private void checkDaysAfterCall(Announcement a, CalendarRules rules, List<Violation> violations, Ruleset ruleset) {
        int minDays = rules.minDaysFromCallToElection().value();
        LocalDate earliest = a.callDate().plusDays(minDays);
        Optional<Violation> warning = shortCallWarning(a, ruleset);
        if (warning.isPresent()) {
            if (!a.shortCallConfirmed()) {
                violations.add(warning.get());
            }
        } else if (a.electionDay().isBefore(earliest)) {
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
