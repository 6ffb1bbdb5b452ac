package kz.election.candidate;

import java.util.Locale;
import kz.election.ruleset.NominationType;

/** A party nominates at most one candidate per election. */
public final class OneCandidatePerPartyRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.ONE_CANDIDATE_PER_PARTY;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        if (facts.nominationType() != NominationType.PARTY) {
            return notApplicable(params, "party.self");
        }
        String party = facts.partyName();
        if (party == null || party.isBlank()) {
            return failed(params, "party.noName");
        }
        // names are typed by people: compare without case and surrounding spaces
        boolean taken = facts.election().partiesWithCandidate().stream()
                .anyMatch(other -> normalized(other).equals(normalized(party)));
        return taken
                ? failed(params, "party.taken", party.strip())
                : passed(params, "party.first", party.strip());
    }

    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
