package kz.election.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** The appeal of a commission decision to court and, once recorded, the court's ruling. */
public record CourtAppeal(
        String courtName,
        LocalDate appealedOn,
        String caseNumber,
        String recordedBy,
        Instant recordedAt,
        CourtRuling ruling,
        LocalDate ruledOn,
        String rulingSummary,
        Remedy remedy,
        Instant remedyAppliedAt,
        String rulingRecordedBy,
        Instant rulingRecordedAt) {
}
