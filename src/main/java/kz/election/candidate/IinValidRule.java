package kz.election.candidate;

/** The application's IIN is a well-formed, existing identification number. */
public final class IinValidRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.IIN_VALID;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        IinCheck check = Iin.check(facts.iin());
        return check.isValid()
                ? passed(params, "iin.valid", facts.iin())
                : failed(params, "iin.invalid", check.invalidReason().orElseThrow());
    }
}
