package kz.election.candidate;

import java.util.Objects;
import java.util.function.Function;

/**
 * A requirement the candidate declares and staff confirm against the registers. One class serves
 * the three declarations because they differ only in which answer they read.
 */
public final class DeclarationRule implements EligibilityRule {

    private final RuleCode code;
    private final String subject;
    private final Function<Declarations, DeclarationStatus> status;

    private DeclarationRule(RuleCode code, String subject, Function<Declarations, DeclarationStatus> status) {
        this.code = Objects.requireNonNull(code);
        this.subject = subject;
        this.status = status;
    }

    public static DeclarationRule legalCapacity() {
        return new DeclarationRule(RuleCode.LEGAL_CAPACITY_DECLARED, "legalCapacity", Declarations::legalCapacity);
    }

    public static DeclarationRule noCriminalRecord() {
        return new DeclarationRule(RuleCode.NO_CRIMINAL_RECORD_DECLARED, "noCriminalRecord",
                Declarations::noCriminalRecord);
    }

    public static DeclarationRule noCorruptionOffence() {
        return new DeclarationRule(RuleCode.NO_CORRUPTION_OFFENCE_DECLARED, "noCorruptionOffence",
                Declarations::noCorruptionOffence);
    }

    @Override
    public RuleCode code() {
        return code;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        return switch (status.apply(facts.declarations())) {
            case NOT_DECLARED -> failed(params, "declaration." + subject + ".notDeclared");
            case DECLARED -> needsStaff(params, "declaration." + subject + ".declared");
            case CONFIRMED_BY_STAFF -> passed(params, "declaration." + subject + ".confirmed");
            case REFUTED_BY_STAFF -> failed(params, "declaration." + subject + ".refuted");
        };
    }
}
