package kz.election.results;

import java.time.OffsetDateTime;

/**
 * One published version of the result, oldest first: the first count and every revision after it.
 *
 * @param cause           as stored, e.g. "count of every precinct" or "complaint 2026-RUR-0042-C001"
 * @param complaintNumber the complaint the cause names, null when it names none
 */
public record ResultRevision(int version, String countOutcome, String winnerRegistrationNumber, String winnerName,
                             String cause, String complaintNumber, OffsetDateTime tabulatedAt,
                             OffsetDateTime publishedAt) {
}
