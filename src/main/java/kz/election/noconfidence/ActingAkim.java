package kz.election.noconfidence;

import java.time.LocalDate;

/**
 * The acting akim the higher akim appointed after the term ended, until the early election's winner takes
 * office (docs/RULES.md, "Losing office"), as the secretariat recorded it.
 */
public record ActingAkim(String caseNumber, String electionNumber, String fullName, LocalDate actingFrom,
                         String recordedBy) {
}
