package kz.election.candidate;

import java.util.List;
import java.util.Optional;

/** Every rule's result for one nomination, in {@link RuleCode} order. */
public record EligibilityChecklist(List<RuleResult> results) {

    public enum Verdict {
        /** Every rule passed or does not apply. */
        ELIGIBLE,
        /** Nothing failed, but a person has to confirm something first. */
        NEEDS_STAFF_CONFIRMATION,
        /** At least one rule failed: a refusal ground exists. */
        NOT_ELIGIBLE
    }

    public EligibilityChecklist {
        results = List.copyOf(results);
    }

    public Verdict verdict() {
        if (!withOutcome(RuleOutcome.FAILED).isEmpty()) {
            return Verdict.NOT_ELIGIBLE;
        }
        if (!withOutcome(RuleOutcome.NEEDS_STAFF_CONFIRMATION).isEmpty()) {
            return Verdict.NEEDS_STAFF_CONFIRMATION;
        }
        return Verdict.ELIGIBLE;
    }

    public List<RuleResult> failed() {
        return withOutcome(RuleOutcome.FAILED);
    }

    public List<RuleResult> withOutcome(RuleOutcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).toList();
    }

    public Optional<RuleResult> result(RuleCode code) {
        return results.stream().filter(r -> r.code() == code).findFirst();
    }
}
