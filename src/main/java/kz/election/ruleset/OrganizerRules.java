package kz.election.ruleset;

/**
 * Which tier of commission does what for an election of one level.
 *
 * @param calls               calls the election; its members alone may announce it in their territory
 * @param registersCandidates registers the candidates (takes nominations, decides registration)
 * @param establishesResult   establishes the result and registers the winner
 */
public record OrganizerRules(
        Cited<OrganizingTier> calls,
        Cited<OrganizingTier> registersCandidates,
        Cited<OrganizingTier> establishesResult) {
}
