package kz.election.candidate;

import java.util.Optional;

/** The same person stands only once in one election, whichever route nominated them. */
public final class NotAlreadyNominatedRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.NOT_ALREADY_NOMINATED;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        Optional<Iin> iin = Iin.check(facts.iin()).validIin();
        if (iin.isEmpty()) {
            return needsStaff(params, "cannot look for an earlier nomination: the IIN is not valid");
        }
        return facts.election().otherNominatedIins().contains(iin.get().value())
                ? failed(params, "IIN " + iin.get() + " is already nominated in this election")
                : passed(params, "no other nomination with IIN " + iin.get() + " in this election");
    }
}
