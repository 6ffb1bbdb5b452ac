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
            return notApplicable(params, "threshold.party");
        }
        long voters = facts.election().totalVoters();
        long needed = params.requiredSignatures(voters);
        long submitted = facts.signaturesSubmitted();
        SignatureSample sample = facts.signatureSample();
        if (sample == null) {
            return submitted < needed ? failed(params, "threshold.submitted", voters, needed, submitted)
                    : needsStaff(params, "threshold.toCount", voters, needed, submitted);
        }
        long valid = Math.max(0, submitted - sample.invalid());
        Object[] args = {voters, needed, submitted, sample.invalid(), valid};
        return valid >= needed ? passed(params, "threshold.counted", args) : failed(params, "threshold.counted", args);
    }
}
