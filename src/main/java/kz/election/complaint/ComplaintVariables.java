package kz.election.complaint;

/** The names complaint.bpmn, its forms, its delegates and the REST layer share. */
public final class ComplaintVariables {

    public static final String PROCESS_ID = "complaint";
    /** Starts complaint.bpmn for a complaint filed over REST (already stored). */
    public static final String FILED_MESSAGE = "complaintFiled";

    public static final String COMPLAINT_NUMBER = "complaintNumber";
    public static final String ELECTION_NUMBER = "electionNumber";
    public static final String ADMISSIBLE = "admissible";
    public static final String FILING_DEADLINE = "filingDeadline";
    public static final String REVIEW_DUE_AT = "reviewDueAt";
    public static final String ESCALATE_AT = "escalateAt";
    public static final String IMMEDIATE_REVIEW = "immediateReview";
    public static final String UPHELD = "upheld";
    public static final String OVERTURNED = "overturned";
    public static final String APPEAL_WINDOW_CLOSES_AT = "appealWindowClosesAt";
    /** One line per fact of the complaint, for the review form. */
    public static final String COMPLAINT_SUMMARY = "complaintSummary";

    public static final String REVIEW_TASK = "reviewComplaint";
    public static final String APPEAL_TASK = "recordCourtAppeal";
    public static final String RULING_TASK = "recordCourtRuling";

    // form fields of the review and the court tasks
    public static final String DECISION = "decision";
    public static final String REASONS = "reasons";
    public static final String COURT_NAME = "courtName";
    public static final String APPEALED_ON = "appealedOn";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String RULING = "ruling";
    public static final String RULED_ON = "ruledOn";
    public static final String RULING_SUMMARY = "rulingSummary";

    private ComplaintVariables() {
    }

    public static String revisionCause(String complaintNumber) {
        return "complaint " + complaintNumber;
    }
}
