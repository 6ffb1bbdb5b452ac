package kz.election.candidate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import kz.election.ruleset.Certainty;
import java.util.List;
import java.util.Map;
import kz.election.ruleset.Clause;
import kz.election.ruleset.EligibilityRules;
import kz.election.ruleset.Level;
import kz.election.ruleset.NominationType;
import kz.election.ruleset.Ruleset;

/** Reads the eligibility parameters of one election level out of its versioned ruleset. */
public final class RulesetEligibility {

    private RulesetEligibility() {
    }

    public static EligibilityParameters parameters(Ruleset ruleset, Level level) {
        EligibilityRules rules = ruleset.eligibility();
        Map<NominationType, List<RequiredDocument>> documents = new EnumMap<>(NominationType.class);
        for (NominationType type : NominationType.values()) {
            List<Clause> clauses = rules.documents(level, type);
            documents.put(type, clauses == null ? List.of()
                    : clauses.stream().map(c -> new RequiredDocument(c.code(), c.text())).toList());
        }
        Map<RuleCode, String> citations = new EnumMap<>(RuleCode.class);
        citations.put(RuleCode.CITIZEN, rules.citizenshipRequired().citation());
        citations.put(RuleCode.AGE_ON_ELECTION_DAY, rules.minAgeOnElectionDay().citation());
        citations.put(RuleCode.ONE_CANDIDATE_PER_PARTY, rules.maxNomineesPerParty().citation());
        citations.put(RuleCode.SIGNATURES_THRESHOLD, rules.selfNominationSignatureShare().citation());
        citations.put(RuleCode.SIGNATURE_SAMPLE, rules.invalidSignatureShareThatFails().citation());
        citations.put(RuleCode.DEPOSIT_PAID, rules.depositMinimumWages().get(level).citation());
        Set<RuleCode> unconfirmed = EnumSet.noneOf(RuleCode.class);
        if (rules.signatureCountRounding().certainty() == Certainty.U
                || rules.selfNominationSignatureShare().certainty() == Certainty.U) {
            unconfirmed.add(RuleCode.SIGNATURES_THRESHOLD);
        }
        if (rules.invalidSignatureShareThatFails().certainty() == Certainty.U) {
            unconfirmed.add(RuleCode.SIGNATURE_SAMPLE);
        }
        if (rules.depositMinimumWages().get(level).certainty() == Certainty.U) {
            unconfirmed.add(RuleCode.DEPOSIT_PAID);
        }
        return new EligibilityParameters(
                rules.minAgeOnElectionDay().value(),
                rules.selfNominationSignatureShare().value(),
                rules.signatureCountRounding().value(),
                rules.invalidSignatureShareThatFails().value(),
                documents,
                rules.depositRequired(level),
                rules.qualification().stream()
                        .map(c -> new QualificationItem(c.code(), c.text(), c.staffConfirms(level), c.certainty())).toList(),
                citations,
                unconfirmed);
    }

    public static List<RefusalGround> refusalGrounds(Ruleset ruleset) {
        return grounds(ruleset.eligibility().refusalGrounds());
    }

    public static List<RefusalGround> deregistrationGrounds(Ruleset ruleset) {
        return grounds(ruleset.eligibility().deregistrationGrounds());
    }

    private static List<RefusalGround> grounds(List<Clause> clauses) {
        return clauses.stream().map(c -> new RefusalGround(c.code(), c.text(), c.citation())).toList();
    }
}
