package kz.election.ruleset;

/**
 * When a supervisor is warned about a deadline that nobody has met yet.
 *
 * @param countHoursBeforeDeadline   the precinct count has hours, not days: its warning comes this
 *                                   many hours before the protocol entry is due
 * @param turnoutReportGraceMinutes  a turnout report is due this long after its report time; later it is LATE
 */
public record EscalationRules(@Positive Cited<Integer> hoursBeforeDeadline, @Positive Cited<Integer> countHoursBeforeDeadline,
                              @Positive Cited<Integer> turnoutReportGraceMinutes) {
}
