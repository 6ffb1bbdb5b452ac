package kz.election.results;

/**
 * A candidate as the public sees one: name and who nominated them, nothing else. The IIN, birth date,
 * address and email of a nominee never enter the read model, so no page or export can leak them.
 */
public record CandidateLine(int position, String registrationNumber, String name, String nominatedBy) {
}
