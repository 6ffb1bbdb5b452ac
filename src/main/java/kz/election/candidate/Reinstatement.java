package kz.election.candidate;

import java.time.Instant;

/** A reinstated registration, and when its candidacy process may end (the winner's registration deadline). */
public record Reinstatement(Nomination nomination, Instant ballotClosesAt) {
}
