package kz.election.election;

import java.time.Instant;
import java.time.LocalDate;

/** The akim an election made: who, for which term, who certified it, and how the term ended if it has. */
public record AkimTerm(String electionNumber, String registrationNumber, String akimName, int resultVersion,
                       LocalDate termFrom, LocalDate termTo, String certifiedBy, Instant certifiedAt,
                       LocalDate endedOn, TermEndReason endReason, String endReference, String endedBy) {
}
