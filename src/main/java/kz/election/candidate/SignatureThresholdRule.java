package kz.election.candidate;

import kz.election.ruleset.NominationType;

/** A self-nominee brings signatures of at least the ruleset's share of the election's voters, rounded up. */
public final class SignatureThresholdRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.SIGNATURES_THRESHOLD;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        if (facts.nominationType() != NominationType.SELF) {
            return notApplicable(params, "party nominee: no signatures needed");
        }
        long voters = facts.election().totalVoters();
        long needed = params.requiredSignatures(voters);
        String text = Texts.count(voters, "voter", "voters") + ": at least "
                + Texts.count(needed, "signature", "signatures") + " needed, "
                + Texts.count(facts.signaturesSubmitted()) + " submitted";
        return facts.signaturesSubmitted() >= needed ? passed(params, text) : failed(params, text);
    }
}
