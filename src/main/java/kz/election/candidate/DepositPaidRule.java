package kz.election.candidate;

/** The election deposit is paid where the ruleset requires one (DISTRICT; none known for RURAL). */
public final class DepositPaidRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.DEPOSIT_PAID;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        if (!params.depositRequired()) {
            return notApplicable(params, "no election deposit required for this election");
        }
        return facts.depositReceiptPresent()
                ? passed(params, "deposit receipt received")
                : failed(params, "election deposit required, no receipt received");
    }
}
