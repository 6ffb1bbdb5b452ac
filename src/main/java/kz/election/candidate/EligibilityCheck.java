package kz.election.candidate;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every eligibility rule on a nomination and returns the whole checklist: staff and the
 * candidate see all problems at once, never only the first. A rule that throws is a bug, not a
 * finding, so the exception is left to reach the engine as an incident.
 */
public final class EligibilityCheck {

    private final List<EligibilityRule> rules;

    public EligibilityCheck(List<EligibilityRule> rules) {
        Set<RuleCode> codes = rules.stream().map(EligibilityRule::code).collect(Collectors.toSet());
        if (codes.size() != rules.size()) {
            throw new IllegalArgumentException("two rules share a code");
        }
        // a fixed order whatever order the rules come in, so checklists compare and print alike
        this.rules = rules.stream().sorted(Comparator.comparing(EligibilityRule::code)).toList();
    }

    /** All rules of the specification, one per {@link RuleCode}. */
    public static EligibilityCheck standard() {
        EligibilityCheck check = new EligibilityCheck(List.of(
                new IinValidRule(),
                new IinMatchesBirthDateRule(),
                new CitizenRule(),
                new AgeOnElectionDayRule(),
                DeclarationRule.legalCapacity(),
                DeclarationRule.noCriminalRecord(),
                DeclarationRule.noCorruptionOffence(),
                new QualificationRule(),
                new NotAlreadyNominatedRule(),
                new OneCandidatePerPartyRule(),
                new NominationWindowRule(),
                new DocumentsCompleteRule(),
                new SignatureThresholdRule(),
                new SignatureSampleRule(),
                new DepositPaidRule()));
        if (!check.codes().equals(EnumSet.allOf(RuleCode.class))) {
            throw new IllegalStateException("a rule code has no rule");
        }
        return check;
    }

    public EligibilityChecklist run(NominationFacts facts, EligibilityParameters params) {
        return new EligibilityChecklist(rules.stream().map(rule -> rule.evaluate(facts, params)).toList());
    }

    public Set<RuleCode> codes() {
        return rules.stream().map(EligibilityRule::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    }
}
