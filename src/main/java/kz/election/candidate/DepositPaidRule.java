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
            return notApplicable(params, "deposit.notRequired");
        }
        return facts.depositReceiptPresent()
                ? passed(params, "deposit.received")
                : failed(params, "deposit.missing");
    }
}
