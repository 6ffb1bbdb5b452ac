package kz.election.complaint;

import java.time.LocalDate;

/**
 * A complaint as the Tasklist start form or {@code POST /api/complaints} files it. Every field may be
 * missing or wrong; {@link ComplaintService#file} names each bad one.
 *
 * @param subjectReference the nomination reference (REGISTRATION_DECISION, REFUSAL), the precinct
 *                         number (PRECINCT_PROTOCOL), or a short description (RESULT, ELECTION_DAY_VIOLATION)
 * @param actDate          the day of the act complained of; the filing deadline runs from it
 */
public record ComplaintRequest(
        String electionNumber,
        ComplainantRole complainantRole,
        String complainantName,
        String complainantEmail,
        String complainantLanguage,
        ComplaintSubject subject,
        String subjectReference,
        LocalDate actDate,
        String text) {
}
