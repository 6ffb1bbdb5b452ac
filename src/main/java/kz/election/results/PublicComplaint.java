package kz.election.results;

import java.time.LocalDate;

/**
 * A complaint as the public results page lists it: its number, what it concerns and how it stands.
 * The complainant is never named. Filled by the complaints part through {@link PublicComplaints}.
 */
public record PublicComplaint(String complaintNumber, LocalDate filedOn, String subject, String status,
                              String outcome) {
}
