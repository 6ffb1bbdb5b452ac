package kz.election.ruleset;

/**
 * What follows a published result.
 *
 * @param complaintWindowDays days after publication the commission waits for complaints against the
 *                            result before it certifies the elected akim; the window never runs past the
 *                            winner's registration deadline (docs/RULES.md is silent, see the ruleset file)
 */
public record ResultRules(Cited<Integer> complaintWindowDays) {
}
