package kz.election.candidate;

import kz.election.ruleset.NominationType;

/** The staff's sample check found no more invalid signatures than the ruleset allows. */
public final class SignatureSampleRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.SIGNATURE_SAMPLE;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        if (facts.nominationType() != NominationType.SELF) {
            return notApplicable(params, "party nominee: no signature sheets to check");
        }
        SignatureSample sample = facts.signatureSample();
        if (sample == null) {
            return needsStaff(params, "staff to record the sample check of the signature sheets");
        }
        if (sample.checked() > facts.signaturesSubmitted()) {
            return needsStaff(params, "sample of " + Texts.count(sample.checked()) + " is larger than the "
                    + Texts.count(facts.signaturesSubmitted()) + " signatures submitted: record it again");
        }
        String text = Texts.count(sample.invalid()) + " of " + Texts.count(sample.checked())
                + " checked signatures invalid (" + Texts.percent(sample.invalid(), sample.checked())
                + "); a file fails at " + Texts.percent(params.failingInvalidSignatureShare()) + " or more";
        return sample.passes(params.failingInvalidSignatureShare()) ? passed(params, text) : failed(params, text);
    }
}
