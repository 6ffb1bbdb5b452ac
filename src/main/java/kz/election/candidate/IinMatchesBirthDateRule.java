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
            return needsStaff(params, "cannot compare with the birth date: the IIN is not valid");
        }
        if (facts.birthDate() == null) {
            return failed(params, "the application states no birth date");
        }
        return iin.get().matchesBirthDate(facts.birthDate())
                ? passed(params, "IIN and application both give birth date " + facts.birthDate())
                : failed(params, "application gives birth date " + facts.birthDate() + ", the IIN "
                        + iin.get().birthDate());
    }
}
