package kz.election.candidate;

import kz.election.ruleset.NominationType;

/**
 * A self-nominee brings valid signatures of at least the ruleset's share of the election's voters, rounded
 * up: what counts is the signatures submitted less those the sample check found invalid (docs/RULES.md,
 * Nomination and eligibility), so the rule is decided only once that check is recorded, unless even every
 * submitted signature would be too few.
 */
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
                + Texts.count(needed, "valid signature", "valid signatures") + " needed; "
                + Texts.count(facts.signaturesSubmitted()) + " submitted";
        SignatureSample sample = facts.signatureSample();
        if (sample == null) {
            return facts.signaturesSubmitted() < needed ? failed(params, text)
                    : needsStaff(params, text + ", valid ones counted after the sample check");
        }
        long valid = Math.max(0, facts.signaturesSubmitted() - sample.invalid());
        String counted = text + ", " + Texts.count(sample.invalid()) + " found invalid: " + Texts.count(valid) + " valid";
        return valid >= needed ? passed(params, counted) : failed(params, counted);
    }
}
