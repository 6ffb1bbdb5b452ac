package kz.election.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The civil-service requirements of the post, as the ruleset's checklist answered by staff. A requirement
 * the ruleset leaves to staff at this level (higher education of a RURAL nominee, docs/RULES.md "Nomination
 * and eligibility") is, when not met, a point to confirm and never a refusal by itself.
 */
public final class QualificationRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.QUALIFICATION;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        List<QualificationItem> items = params.qualificationItems();
        if (items.isEmpty()) {
            return notApplicable(params, "the ruleset lists no qualification requirements");
        }
        List<QualificationItem> notMet = items.stream()
                .filter(item -> !item.staffConfirms() && Boolean.FALSE.equals(facts.qualificationAnswers().get(item.code())))
                .toList();
        if (!notMet.isEmpty()) {
            return failed(params, "not met: " + texts(notMet));
        }
        List<QualificationItem> toConfirm = toConfirm(facts.qualificationAnswers(), params);
        List<QualificationItem> unanswered = items.stream()
                .filter(item -> !item.staffConfirms() && !facts.qualificationAnswers().containsKey(item.code()))
                .toList();
        List<String> open = new ArrayList<>();
        if (!unanswered.isEmpty()) {
            open.add("staff to answer: " + texts(unanswered));
        }
        if (!toConfirm.isEmpty()) {
            open.add("to confirm: " + pointsText(toConfirm));
        }
        if (!open.isEmpty()) {
            return needsStaff(params, String.join("; ", open));
        }
        return passed(params, "all " + items.size() + " requirements met");
    }

    /**
     * The requirements the rules leave to staff at this level that the commission has not confirmed yet: not
     * met by themselves, never a refusal, but the nominee is registered only once the commission confirms them.
     */
    public static List<QualificationItem> toConfirm(Map<String, Boolean> answers, EligibilityParameters params) {
        return params.qualificationItems().stream()
                .filter(item -> item.staffConfirms() && !Boolean.TRUE.equals(answers.get(item.code())))
                .toList();
    }

    private static String pointsText(List<QualificationItem> items) {
        return items.stream().map(item -> item.text() + " (" + item.certainty() + ": not required by the law for"
                        + " this level as far as known; the commission confirms whether the nominee meets the post's"
                        + " requirements)")
                .collect(Collectors.joining("; "));
    }

    private static String texts(List<QualificationItem> items) {
        return items.stream().map(QualificationItem::text).collect(Collectors.joining("; "));
    }
}
