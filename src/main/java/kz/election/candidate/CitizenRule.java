package kz.election.candidate;

/** Only citizens of Kazakhstan stand; the stated citizenship is an ISO country code. */
public final class CitizenRule implements EligibilityRule {

    static final String KAZAKHSTAN = "KZ";

    @Override
    public RuleCode code() {
        return RuleCode.CITIZEN;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        String citizenship = facts.citizenship();
        if (citizenship == null || citizenship.isBlank()) {
            return failed(params, "citizen.none");
        }
        return KAZAKHSTAN.equalsIgnoreCase(citizenship.strip())
                ? passed(params, "citizen.kz")
                : failed(params, "citizen.other", citizenship.strip());
    }
}
