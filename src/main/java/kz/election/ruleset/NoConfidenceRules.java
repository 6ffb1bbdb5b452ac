package kz.election.ruleset;

import java.math.BigDecimal;

/**
 * A maslikhat's vote of no confidence in an akim (Law on Local Government, Art. 24).
 *
 * @param minServiceDaysBeforeMotion   0 means the ruleset sets no such period
 * @param waitingDaysAfterFailedMotion 0 means the ruleset sets no such period
 * @param appealAnswerWorkingDays      a citizens' appeal is answered within so many working days of its receipt
 *                                     (APPC Art. 76); the appeal keys are absent from rulesets written before
 *                                     them, and an appeal then reads the newest ruleset's (the APPC applies
 *                                     whatever the election's rules: docs/RULES.md, "Working days")
 * @param appealExtensionMaxMonths     a reasoned extension runs to at most so many months from the receipt
 * @param appealExtensionNoticeWorkingDays the citizen is told of an extension within so many working days
 * @param appealForwardWorkingDays     an appeal for another body is forwarded within so many working days
 */
public record NoConfidenceRules(
        Cited<BigDecimal> initiationMinShareOfDeputies,
        Cited<BigDecimal> carriedByMoreThanShareOfAllDeputies,
        Cited<Decider> decidedBy,
        Cited<Boolean> appliesToRuralAkims,
        Cited<Integer> minServiceDaysBeforeMotion,
        Cited<Integer> waitingDaysAfterFailedMotion,
        @Positive Cited<Integer> decisionDays,
        @AddedKey @Positive Cited<Integer> appealAnswerWorkingDays,
        @AddedKey @Positive Cited<Integer> appealExtensionMaxMonths,
        @AddedKey @Positive Cited<Integer> appealExtensionNoticeWorkingDays,
        @AddedKey @Positive Cited<Integer> appealForwardWorkingDays) {

    /** Whether this ruleset carries the terms of citizens' appeals (rulesets from kz-2026-12-08 on). */
    public boolean hasAppealTerms() {
        return appealAnswerWorkingDays != null && appealExtensionMaxMonths != null
                && appealExtensionNoticeWorkingDays != null && appealForwardWorkingDays != null;
    }
}
