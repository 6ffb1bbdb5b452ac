package kz.election.ballot;

/** One candidate line of the ballot, as printed: in registration order, with who nominated them. */
public record BallotEntry(String registrationNumber, String candidateName, String nominatedBy) {
}
