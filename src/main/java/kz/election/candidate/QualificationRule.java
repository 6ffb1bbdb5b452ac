package kz.election.candidate;

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
            return notApplicable(params, "qualification.none");
        }
        List<QualificationItem> notMet = items.stream()
                .filter(item -> !item.staffConfirms() && Boolean.FALSE.equals(facts.qualificationAnswers().get(item.code())))
                .toList();
        if (!notMet.isEmpty()) {
            return failed(params, "qualification.notMet", texts(notMet));
        }
        List<QualificationItem> toConfirm = toConfirm(facts.qualificationAnswers(), params);
        List<QualificationItem> unanswered = items.stream()
                .filter(item -> !item.staffConfirms() && !facts.qualificationAnswers().containsKey(item.code()))
                .toList();
        if (!unanswered.isEmpty() && !toConfirm.isEmpty()) {
            return needsStaff(params, "qualification.toAnswerAndConfirm", texts(unanswered), texts(toConfirm),
                    certainties(toConfirm));
        }
        if (!unanswered.isEmpty()) {
            return needsStaff(params, "qualification.toAnswer", texts(unanswered));
        }
        if (!toConfirm.isEmpty()) {
            return needsStaff(params, "qualification.toConfirm", texts(toConfirm), certainties(toConfirm));
        }
        return passed(params, "qualification.met", items.size());
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

    /** The marks of the points to confirm, e.g. "P" (one mark per point, as the ruleset gives them). */
    private static String certainties(List<QualificationItem> items) {
        return items.stream().map(item -> String.valueOf(item.certainty())).distinct().collect(Collectors.joining("/"));
    }

    private static String texts(List<QualificationItem> items) {
        return items.stream().map(QualificationItem::text).collect(Collectors.joining("; "));
    }
}
