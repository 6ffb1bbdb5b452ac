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
            return notApplicable(params, "deposit.notRequired");
        }
        if (params.depositAmount() == null) {
            return facts.depositReceiptPresent()
                    ? passed(params, "deposit.received")
                    : failed(params, "deposit.missing");
        }
        String required = Money.tenge(params.depositAmount());
        if (facts.depositPaid() == null) {
            return failed(params, "deposit.noPayment", required);
        }
        if (facts.depositPaid().compareTo(params.depositAmount()) < 0) {
            return failed(params, "deposit.short", Money.tenge(facts.depositPaid()), required,
                    Money.tenge(params.depositAmount().subtract(facts.depositPaid())));
        }
        return passed(params, "deposit.paid", Money.tenge(facts.depositPaid()), required);
    }
}
