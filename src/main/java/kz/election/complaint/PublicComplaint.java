package kz.election.complaint;

import java.time.LocalDate;

/**
 * A complaint as the public results page shows it: no complainant's name, email or text, only what the
 * commission decided (election-dispute guidance asks commissions to publish their decisions).
 *
 * @param decision      DISMISSED or UPHELD, empty while under review or when inadmissible
 * @param remedy        the remedy ordered, e.g. "RECOUNT at precinct 2", or empty
 * @param courtRuling   UPHELD_DECISION or OVERTURNED, empty without a ruling
 * @param courtRemedy   the remedy the court ordered, or empty
 */
public record PublicComplaint(String complaintNumber, ComplaintSubject subject, String subjectReference,
                              LocalDate filedOn, ComplaintStatus status, String decision, String remedy,
                              LocalDate decidedOn, String courtRuling, String courtRemedy) {
}
