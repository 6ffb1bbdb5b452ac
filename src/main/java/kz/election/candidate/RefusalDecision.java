package kz.election.candidate;

import kz.election.common.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A commission's refusal (or deregistration) as staff entered it: the ground codes picked from the
 * ruleset's list and the reasoning in their own words. A refusal without a stated legal ground is
 * not appealable in any meaningful way, hence both are required.
 */
public record RefusalDecision(List<String> groundCodes, String reasoning) {

    public RefusalDecision {
        groundCodes = groundCodes == null ? List.of() : List.copyOf(groundCodes);
    }

    /** Empty when the decision may be recorded; otherwise one violation per problem, naming the field. */
    public List<FieldViolation> validate(List<RefusalGround> allowedGrounds) {
        Map<String, RefusalGround> allowed = allowedGrounds.stream()
                .collect(Collectors.toMap(RefusalGround::code, Function.identity(), (a, b) -> a));
        List<FieldViolation> violations = new ArrayList<>();
        if (groundCodes.isEmpty()) {
            violations.add(new FieldViolation("groundCodes", "choose at least one legal ground"));
        }
        groundCodes.stream()
                .filter(code -> !allowed.containsKey(code))
                .distinct()
                .forEach(code -> violations.add(new FieldViolation("groundCodes",
                        "\"" + code + "\" is not a ground of this election's ruleset")));
        if (groundCodes.stream().distinct().count() < groundCodes.size()) {
            violations.add(new FieldViolation("groundCodes", "a ground is chosen twice"));
        }
        if (reasoning == null || reasoning.isBlank()) {
            violations.add(new FieldViolation("reasoning", "state the reasons in words"));
        }
        return List.copyOf(violations);
    }

    /** The chosen grounds with text and citation, for the letter; unknown codes are left out. */
    public List<RefusalGround> grounds(List<RefusalGround> allowedGrounds) {
        return allowedGrounds.stream().filter(g -> groundCodes.contains(g.code())).toList();
    }
}
