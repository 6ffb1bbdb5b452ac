package kz.election.candidate;

/** One eligibility requirement. A rule never throws for bad filed data: it reports it. */
public interface EligibilityRule {

    RuleCode code();

    RuleResult evaluate(NominationFacts facts, EligibilityParameters params);

    default RuleResult passed(EligibilityParameters params, String message) {
        return RuleResult.of(code(), params, RuleOutcome.PASSED, message);
    }

    default RuleResult failed(EligibilityParameters params, String message) {
        return RuleResult.of(code(), params, RuleOutcome.FAILED, message);
    }

    default RuleResult notApplicable(EligibilityParameters params, String message) {
        return RuleResult.of(code(), params, RuleOutcome.NOT_APPLICABLE, message);
    }

    default RuleResult needsStaff(EligibilityParameters params, String message) {
        return RuleResult.of(code(), params, RuleOutcome.NEEDS_STAFF_CONFIRMATION, message);
    }
}
