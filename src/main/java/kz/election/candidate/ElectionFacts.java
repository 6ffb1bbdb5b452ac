package kz.election.candidate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * What the eligibility check needs to know about the election a nomination is filed in.
 *
 * @param nominationExtendedUntil the extended close when fewer than two were nominated, or null
 * @param otherNominatedIins IINs of the other nominations already filed in this election (not this one)
 * @param partiesWithCandidate names of parties that already have a candidate in this election
 * @param zone the time zone of the election's territory, in which its times are shown
 */
public record ElectionFacts(
        LocalDate electionDay,
        Instant nominationOpens,
        Instant nominationCloses,
        Instant nominationExtendedUntil,
        long totalVoters,
        Set<String> otherNominatedIins,
        Set<String> partiesWithCandidate,
        ZoneId zone) {

    public ElectionFacts {
        Objects.requireNonNull(electionDay, "electionDay");
        Objects.requireNonNull(nominationOpens, "nominationOpens");
        Objects.requireNonNull(nominationCloses, "nominationCloses");
        Objects.requireNonNull(zone, "zone");
        if (!nominationCloses.isAfter(nominationOpens)) {
            throw new IllegalArgumentException("nominationCloses must be after nominationOpens");
        }
        if (nominationExtendedUntil != null && !nominationExtendedUntil.isAfter(nominationCloses)) {
            throw new IllegalArgumentException("nominationExtendedUntil must be after nominationCloses");
        }
        if (totalVoters < 1) {
            // an election without voters has no signature threshold; it is a data error upstream
            throw new IllegalArgumentException("totalVoters must be at least 1, was " + totalVoters);
        }
        otherNominatedIins = Set.copyOf(otherNominatedIins);
        partiesWithCandidate = Set.copyOf(partiesWithCandidate);
    }

    /** The close that applies to filing: the extension when one was granted. */
    public Instant effectiveNominationClose() {
        return nominationExtendedUntil != null ? nominationExtendedUntil : nominationCloses;
    }
}
