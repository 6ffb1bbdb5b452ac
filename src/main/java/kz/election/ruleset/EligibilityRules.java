package kz.election.ruleset;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Who may stand, how they are nominated, what they file, and on which grounds they are refused. */
public record EligibilityRules(
        @Positive Cited<Integer> minAgeOnElectionDay,
        Cited<Boolean> citizenshipRequired,
        @Positive Cited<Integer> maxNomineesPerParty,
        Cited<BigDecimal> selfNominationSignatureShare,
        Cited<RoundingMode> signatureCountRounding,
        Cited<BigDecimal> invalidSignatureShareThatFails,
        Map<Level, Cited<Integer>> depositMinimumWages,
        Cited<BigDecimal> depositRefundMinVoteShare,
        List<Clause> qualification,
        Map<Level, Map<NominationType, List<Clause>>> documents,
        List<Clause> refusalGrounds,
        List<Clause> deregistrationGrounds) {

    public boolean depositRequired(Level level) {
        return depositMinimumWages.get(level).value() > 0;
    }

    public List<Clause> documents(Level level, NominationType type) {
        return documents.get(level).get(type);
    }
}
