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
            return needsStaff(params, "notNominated.iinInvalid");
        }
        return facts.election().otherNominatedIins().contains(iin.get().value())
                ? failed(params, "notNominated.already", iin.get().toString())
                : passed(params, "notNominated.none", iin.get().toString());
    }
}
