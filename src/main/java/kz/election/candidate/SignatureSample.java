package kz.election.candidate;

import kz.election.common.FieldViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff's sample check of a self-nominee's signature sheets: how many signatures were checked
 * and how many of those were invalid.
 */
public record SignatureSample(int checked, int invalid) {

    public SignatureSample {
        List<FieldViolation> violations = violations(checked, invalid);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.get(0).message());
        }
    }

    /** Validates what staff typed, against the signatures submitted; empty when it may be recorded. */
    public static List<FieldViolation> validate(int submitted, int checked, int invalid) {
        List<FieldViolation> violations = new ArrayList<>(violations(checked, invalid));
        if (checked > submitted) {
            violations.add(new FieldViolation("checked", "checked " + Texts.count(checked)
                    + " signatures, but only " + Texts.count(submitted) + " were submitted"));
        }
        return List.copyOf(violations);
    }

    /**
     * Whether the file passes: docs/RULES.md and the ruleset name the share of invalid signatures "that
     * fails a file", so a sample that reaches it fails (at exactly 5% a file fails). Compared as
     * invalid < checked x share, exactly, with no division.
     */
    public boolean passes(BigDecimal failingInvalidShare) {
        return BigDecimal.valueOf(invalid).compareTo(failingInvalidShare.multiply(BigDecimal.valueOf(checked))) < 0;
    }

    private static List<FieldViolation> violations(int checked, int invalid) {
        List<FieldViolation> violations = new ArrayList<>();
        if (checked <= 0) {
            violations.add(new FieldViolation("checked", "at least one signature must be checked, was " + checked));
        }
        if (invalid < 0) {
            violations.add(new FieldViolation("invalid", "invalid signatures cannot be negative, was " + invalid));
        } else if (checked > 0 && invalid > checked) {
            violations.add(new FieldViolation("invalid", Texts.count(invalid)
                    + " invalid signatures is more than the " + Texts.count(checked) + " checked"));
        }
        return violations;
    }
}
