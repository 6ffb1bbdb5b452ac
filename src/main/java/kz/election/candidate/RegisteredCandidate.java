package kz.election.candidate;

/** One line of the ballot: registered candidates in registration order (docs/RULES.md "Ballot"). */
public record RegisteredCandidate(String registrationNumber, String fullName, String nominatedBy, int registrationOrder) {

    public static final String SELF_NOMINATED = "Self-nominated";
}
