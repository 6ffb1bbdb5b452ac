package kz.election.ballot;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The ballot of one election: the registered candidates in registration order (the line "against all" is implied). */
public record Ballot(List<BallotCandidate> candidates) {

    public Ballot {
        // The law prints candidates in registration order, so the ballot is kept in that order whatever it was given in.
        candidates = candidates.stream()
                .sorted(Comparator.comparingInt(BallotCandidate::registrationOrder))
                .toList();
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a ballot lists at least one candidate");
        }
        Set<String> numbers = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (BallotCandidate candidate : candidates) {
            if (!numbers.add(candidate.registrationNumber()) || !orders.add(candidate.registrationOrder())) {
                throw new IllegalArgumentException("registration numbers and orders must be unique: " + candidates);
            }
        }
    }

    /** Registration numbers in ballot order, as {@link kz.election.protocol.ProtocolChecks} expects them. */
    public List<String> registrationNumbers() {
        return candidates.stream().map(BallotCandidate::registrationNumber).toList();
    }
}
