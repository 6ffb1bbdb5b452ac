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
            return notApplicable(params, "sample.party");
        }
        SignatureSample sample = facts.signatureSample();
        if (sample == null) {
            return needsStaff(params, "sample.none");
        }
        if (sample.checked() > facts.signaturesSubmitted()) {
            return needsStaff(params, "sample.tooLarge", sample.checked(), facts.signaturesSubmitted());
        }
        Object[] args = {sample.invalid(), sample.checked(), Texts.percent(sample.invalid(), sample.checked()),
                Texts.percent(params.failingInvalidSignatureShare())};
        return sample.passes(params.failingInvalidSignatureShare()) ? passed(params, "sample.checked", args)
                : failed(params, "sample.checked", args);
    }
}
