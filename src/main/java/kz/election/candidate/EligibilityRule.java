package kz.election.candidate;

/** One eligibility requirement. A rule never throws for bad filed data: it reports it. */
public interface EligibilityRule {

    RuleCode code();

    RuleResult evaluate(NominationFacts facts, EligibilityParameters params);

    /** Each finding is a key of the {@code i18n/checklist} bundles ({@code msg.<key>}) with its arguments. */
    default RuleResult passed(EligibilityParameters params, String key, Object... args) {
        return RuleResult.of(code(), params, RuleOutcome.PASSED, CheckText.of(key, args));
    }

    default RuleResult failed(EligibilityParameters params, String key, Object... args) {
        return RuleResult.of(code(), params, RuleOutcome.FAILED, CheckText.of(key, args));
    }

    default RuleResult notApplicable(EligibilityParameters params, String key, Object... args) {
        return RuleResult.of(code(), params, RuleOutcome.NOT_APPLICABLE, CheckText.of(key, args));
    }

    default RuleResult needsStaff(EligibilityParameters params, String key, Object... args) {
        return RuleResult.of(code(), params, RuleOutcome.NEEDS_STAFF_CONFIRMATION, CheckText.of(key, args));
    }
}
