package kz.election.candidate;

import java.util.Optional;

/** The birth date on the application is the one encoded in the IIN: a mismatch means a typo or another person. */
public final class IinMatchesBirthDateRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.IIN_MATCHES_BIRTH_DATE;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        Optional<Iin> iin = Iin.check(facts.iin()).validIin();
        if (iin.isEmpty()) {
            // IIN_VALID already fails; a person compares once the IIN is corrected
            return needsStaff(params, "iinBirthDate.iinInvalid");
        }
        if (facts.birthDate() == null) {
            return failed(params, "iinBirthDate.none");
        }
        return iin.get().matchesBirthDate(facts.birthDate())
                ? passed(params, "iinBirthDate.match", facts.birthDate().toString())
                : failed(params, "iinBirthDate.mismatch", facts.birthDate().toString(), iin.get().birthDate().toString());
    }
}
