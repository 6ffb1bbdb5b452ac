package kz.election.ruleset;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Who may stand, how they are nominated, what they file, and on which grounds they are refused. */
public record EligibilityRules(
        Cited<Integer> minAgeOnElectionDay,
        Cited<Boolean> citizenshipRequired,
        Cited<Integer> maxNomineesPerParty,
        Cited<BigDecimal> selfNominationSignatureShare,
        Cited<RoundingMode> signatureCountRounding,
        Cited<BigDecimal> invalidSignatureShareThatFails,
        Map<Level, Cited<Integer>> depositMinimumWages,
        Cited<BigDecimal> depositRefundMinVoteShare,
        List<Clause> qualification,
        Map<Level, Map<NominationType, List<Clause>>> documents,
        List<Clause> refusalGrounds,
        List<Clause> deregistrationGrounds) {

    static EligibilityRules read(RuleNode n) {
        EligibilityRules rules = new EligibilityRules(
                n.positive("minAgeOnElectionDay"),
                n.flag("citizenshipRequired"),
                n.positive("maxNomineesPerParty"),
                n.share("selfNominationSignatureShare"),
                n.choice("signatureCountRounding", RoundingMode.class),
                n.share("invalidSignatureShareThatFails"),
                n.perEnumValue("depositMinimumWages", Level.class, RuleNode::days),
                n.share("depositRefundMinVoteShare"),
                n.list("qualification").stream().map(RuleNode::clause).toList(),
                n.perEnum("documents", Level.class,
                        level -> level.listsPerEnum(NominationType.class, RuleNode::clause)),
                n.list("refusalGrounds").stream().map(RuleNode::clause).toList(),
                n.list("deregistrationGrounds").stream().map(RuleNode::clause).toList());
        n.finish();
        return rules;
    }

    public boolean depositRequired(Level level) {
        return depositMinimumWages.get(level).value() > 0;
    }

    public List<Clause> documents(Level level, NominationType type) {
        return documents.get(level).get(type);
    }
}
