package kz.election.ruleset;

import java.util.List;

/**
 * One item of a ruleset list (a document, a qualification, a legal ground) with its source.
 *
 * @param staffConfirmsAt the levels at which an item not met is a point for staff to confirm rather than a
 *                        refusal by itself (a qualification the law does not clearly require there); absent in
 *                        rulesets before kz-2026-12-08, where every item not met refuses
 */
public record Clause(String code, String text, String citation, Certainty certainty,
                     @AddedKey List<Level> staffConfirmsAt) {

    public Clause(String code, String text, String citation, Certainty certainty) {
        this(code, text, citation, certainty, List.of());
    }

    public Clause {
        staffConfirmsAt = staffConfirmsAt == null ? List.of() : List.copyOf(staffConfirmsAt);
    }

    public boolean staffConfirms(Level level) {
        return staffConfirmsAt.contains(level);
    }
}
