package kz.election.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The statutory deadlines of a complaint, as plain rules over the ruleset's numbers (docs/RULES.md
 * "Complaints and appeals"). Days are calendar days: weekends and holidays count, since the rules
 * name no working-day rule. Every deadline ends at 23:59:59 local time of its last day, in the election's zone
 * (its territory's: UTC+6 in the east before 1 March 2024).
 *
 * <ul>
 *   <li>Filing: by the end of the day {@code filingDeadlineDays} after the act complained of.</li>
 *   <li>Review: by the end of the {@code reviewDays}-th day after filing; "immediately" (by the end of
 *       the filing day) when filed on one of the last {@code immediateReviewDaysBeforeElection} days
 *       before election day (E-5 to E-1 for 5), or on election day when the ruleset says so.</li>
 *   <li>Escalation: {@code escalationHours} before a review deadline; a same-day review is escalated
 *       {@code immediateEscalationHours} before the end of the day, or halfway through what is left
 *       of the day when the complaint came in later than that.</li>
 * </ul>
 */
public final class ComplaintDeadlines {

    /** The ruleset's numbers for one election. */
    public record Parameters(ZoneId zone, int filingDeadlineDays, int reviewDays,
                             int immediateReviewDaysBeforeElection, boolean immediateReviewOnElectionDay,
                             int escalationHours, int immediateEscalationHours) {
    }

    /** Whether the complaint came in time, and the deadline it was measured against. */
    public record Filing(boolean inTime, Instant deadline) {
    }

    /** When the review is due, whether it is a same-day review, and when supervisors are warned. */
    public record Review(boolean immediate, Instant dueAt, Instant escalateAt) {
    }

    private final Parameters p;

    public ComplaintDeadlines(Parameters parameters) {
        this.p = parameters;
    }

    public Filing filing(LocalDate actDate, Instant filedAt) {
        LocalDate lastDay = actDate.plusDays(p.filingDeadlineDays());
        boolean inTime = !LocalDate.ofInstant(filedAt, p.zone()).isAfter(lastDay);
        return new Filing(inTime, endOf(lastDay));
    }

    public Review review(Instant filedAt, LocalDate electionDay) {
        LocalDate filedOn = LocalDate.ofInstant(filedAt, p.zone());
        long daysBeforeElection = ChronoUnit.DAYS.between(filedOn, electionDay);
        boolean immediate = daysBeforeElection >= 1 && daysBeforeElection <= p.immediateReviewDaysBeforeElection()
                || daysBeforeElection == 0 && p.immediateReviewOnElectionDay();
        if (immediate) {
            Instant due = endOf(filedOn);
            Duration lead = Duration.ofHours(p.immediateEscalationHours());
            Duration half = Duration.between(filedAt, due).dividedBy(2);
            return new Review(true, due, due.minus(lead.compareTo(half) < 0 ? lead : half));
        }
        Instant due = endOf(filedOn.plusDays(p.reviewDays()));
        Duration lead = Duration.ofHours(p.escalationHours());
        Duration half = Duration.between(filedAt, due).dividedBy(2);
        return new Review(false, due, due.minus(lead.compareTo(half) < 0 ? lead : half));
    }

    private Instant endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(p.zone()).toInstant();
    }
}
