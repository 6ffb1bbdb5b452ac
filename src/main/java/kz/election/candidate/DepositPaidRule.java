package kz.election.candidate;

/**
 * The election deposit is paid where the ruleset requires one (DISTRICT; none known for RURAL): from
 * kz-2026-12-08 on, a recorded payment of at least the year's minimum wage times the level's number of
 * them; under an earlier ruleset the receipt's number is enough, as it was.
 */
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
        if (params.depositAmount() == null) {
            return facts.depositReceiptPresent()
                    ? passed(params, "deposit receipt received")
                    : failed(params, "election deposit required, no receipt received");
        }
        String required = Money.tenge(params.depositAmount());
        if (facts.depositPaid() == null) {
            return failed(params, "election deposit of " + required
                    + " required, no payment recorded (amount, payment date and payment reference)");
        }
        if (facts.depositPaid().compareTo(params.depositAmount()) < 0) {
            return failed(params, "election deposit short: " + Money.tenge(facts.depositPaid()) + " paid, "
                    + required + " required, " + Money.tenge(params.depositAmount().subtract(facts.depositPaid()))
                    + " missing");
        }
        return passed(params, "election deposit of " + Money.tenge(facts.depositPaid()) + " paid (" + required
                + " required)");
    }
}
