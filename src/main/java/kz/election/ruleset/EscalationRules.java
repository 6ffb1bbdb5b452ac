package kz.election.ruleset;

/** When a supervisor is warned about a deadline that nobody has met yet. */
public record EscalationRules(Cited<Integer> hoursBeforeDeadline) {

    static EscalationRules read(RuleNode n) {
        EscalationRules rules = new EscalationRules(n.positive("hoursBeforeDeadline"));
        n.finish();
        return rules;
    }
}
