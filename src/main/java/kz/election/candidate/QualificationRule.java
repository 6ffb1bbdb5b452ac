package kz.election.candidate;

import java.util.List;
import java.util.stream.Collectors;

/** The civil-service requirements of the post, as the ruleset's checklist answered by staff. */
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
                .filter(item -> Boolean.FALSE.equals(facts.qualificationAnswers().get(item.code())))
                .toList();
        if (!notMet.isEmpty()) {
            return failed(params, "not met: " + texts(notMet));
        }
        List<QualificationItem> unanswered = items.stream()
                .filter(item -> !facts.qualificationAnswers().containsKey(item.code()))
                .toList();
        if (!unanswered.isEmpty()) {
            return needsStaff(params, "staff to answer: " + texts(unanswered));
        }
        return passed(params, "all " + items.size() + " requirements met");
    }

    private static String texts(List<QualificationItem> items) {
        return items.stream().map(QualificationItem::text).collect(Collectors.joining("; "));
    }
}
