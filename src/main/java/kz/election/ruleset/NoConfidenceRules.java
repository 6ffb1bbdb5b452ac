package kz.election.ruleset;

import java.math.BigDecimal;

/**
 * A maslikhat's vote of no confidence in an akim (Law on Local Government, Art. 24).
 *
 * @param minServiceDaysBeforeMotion   0 means the ruleset sets no such period
 * @param waitingDaysAfterFailedMotion 0 means the ruleset sets no such period
 */
public record NoConfidenceRules(
        Cited<BigDecimal> initiationMinShareOfDeputies,
        Cited<BigDecimal> carriedByMoreThanShareOfAllDeputies,
        Cited<Decider> decidedBy,
        Cited<Boolean> appliesToRuralAkims,
        Cited<Integer> minServiceDaysBeforeMotion,
        Cited<Integer> waitingDaysAfterFailedMotion,
        @Positive Cited<Integer> decisionDays) {
}
