package kz.election.ballot;

import java.util.Objects;
import kz.election.ruleset.TieRule;

/**
 * A registered candidate as printed on the ballot.
 *
 * @param registrationOrder position in the order of registration (1 = registered first); decides a
 *                          tie under {@link TieRule#EARLIER_REGISTRATION}
 * @param struckOff         deregistered or withdrawn after the ballot was fixed: still printed and
 *                          counted, but never elected (docs/PROCESS-CONTRACTS.md, "Election day")
 */
public record BallotCandidate(String registrationNumber, String name, int registrationOrder, boolean struckOff) {

    /** A candidate still standing. */
    public BallotCandidate(String registrationNumber, String name, int registrationOrder) {
        this(registrationNumber, name, registrationOrder, false);
    }

    public BallotCandidate {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(name, "name");
        if (registrationOrder < 1) {
            throw new IllegalArgumentException("registration order starts at 1, was " + registrationOrder);
        }
    }
}
