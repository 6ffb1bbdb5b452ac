package kz.election.results;

/**
 * A candidate as the public sees one: name and who nominated them, nothing else. The IIN, birth date,
 * address and email of a nominee never enter the read model, so no page or export can leak them.
 *
 * @param struckOff deregistered or withdrawn after the ballot was fixed: still on the ballot and counted,
 *                  but cannot win (PROCESS-CONTRACTS.md, "Election day")
 */
public record CandidateLine(int position, String registrationNumber, String name, String nominatedBy,
                            boolean struckOff) {

    /** A candidate still standing. */
    public CandidateLine(int position, String registrationNumber, String name, String nominatedBy) {
        this(position, registrationNumber, name, nominatedBy, false);
    }
}
