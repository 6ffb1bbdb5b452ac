package kz.election.ruleset;

/**
 * The candidates' money after the vote (docs/RULES.md, "The commission's own work around the vote", Money):
 * what the budget gives each registered candidate and when the election fund's report is due. The deposit's
 * amount and refund are {@link EligibilityRules#depositMinimumWages()} and
 * {@link EligibilityRules#depositRefundMinVoteShare()}, with the year's minimum wage of {@link MinimumWages}.
 *
 * @param publicFundingPerCandidateTenge the equal sum of the budget for each registered candidate, whole tenge
 *                                       (0: none known)
 * @param fundReportDueDaysAfterResult   days after the result's publication by which each candidate reports on
 *                                       the election fund (the deadline is the end of that day, local time)
 * @param fundReportReminderDaysBefore   days before that deadline the candidate is reminded
 */
public record FinanceRules(
        Cited<Integer> publicFundingPerCandidateTenge,
        @Positive Cited<Integer> fundReportDueDaysAfterResult,
        @Positive Cited<Integer> fundReportReminderDaysBefore) {
}
