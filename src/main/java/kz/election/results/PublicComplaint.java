package kz.election.results;

import java.time.LocalDate;

/**
 * What the public may see of a complaint, the one definition of it: the results page, its JSON and CSV
 * and the complaint API's public list ({@code /api/elections/{number}/complaints}) all show this record.
 * Its number, what it concerns, how it stands and what the commission (and a court) decided. Nothing that
 * identifies the complainant is part of it: no name, email, language or text, and no reasons (they are
 * written to the complainant). Filled by the complaints part through {@link PublicComplaints}. Kinds are
 * the stored codes; the page names them in its language.
 *
 * @param subject          REGISTRATION_DECISION, REFUSAL, PRECINCT_PROTOCOL, RESULT or ELECTION_DAY_VIOLATION
 * @param subjectReference the precinct number or nomination reference it is about; null where the stored
 *                         reference is free text (a result, a violation), which could name a person
 * @param status           RECEIVED, UNDER_REVIEW, INADMISSIBLE, DECIDED, APPEALED or COURT_RULED
 * @param decision         DISMISSED or UPHELD; null while undecided
 * @param remedy           RECOUNT, ANNUL_PRECINCT, DEREGISTER, REINSTATE or ANNUL_ELECTION; null without one
 * @param remedyTarget     what the remedy acts on: the precinct number ("2"), or the candidate's registration number and
 *                         name (a public fact), or the nomination reference when the nominee was never registered
 * @param courtRuling      UPHELD_DECISION or OVERTURNED; null without a ruling
 */
public record PublicComplaint(String complaintNumber, LocalDate filedOn, String subject, String subjectReference,
                              String status, String decision, String remedy, String remedyTarget, LocalDate decidedOn,
                              String courtRuling, LocalDate ruledOn, String courtRemedy, String courtRemedyTarget) {
}
