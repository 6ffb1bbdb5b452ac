package kz.election.complaint;

import kz.election.model.ComplaintModel;

/**
 * The variable names complaint.bpmn, its forms, its steps and the REST layer share. Those the model or
 * its forms name are the generated ones ({@link ComplaintModel.Variables}); element ids and the message
 * name are {@link ComplaintModel.Elements} and {@link ComplaintModel.Messages}.
 */
public final class ComplaintVariables {

    /**
     * The business key's complaint number, kept as a variable too (set by the start, never by a form);
     * every remedy message carries it under the same name, for its receiver to look the decision up.
     */
    public static final String COMPLAINT_NUMBER = "complaintNumber";
    public static final String ELECTION_NUMBER = ComplaintModel.Variables.ELECTION_NUMBER;
    public static final String ADMISSIBLE = ComplaintModel.Variables.ADMISSIBLE;
    /** Set by the filing-deadline check; only Cockpit and the mails read it. */
    public static final String FILING_DEADLINE = "filingDeadline";
    public static final String REVIEW_DUE_AT = ComplaintModel.Variables.REVIEW_DUE_AT;
    public static final String ESCALATE_AT = ComplaintModel.Variables.ESCALATE_AT;
    /** Set by the filing-deadline check: the review runs on the short, pre-election deadline. */
    public static final String IMMEDIATE_REVIEW = "immediateReview";
    public static final String UPHELD = ComplaintModel.Variables.UPHELD;
    public static final String OVERTURNED = ComplaintModel.Variables.OVERTURNED;
    public static final String APPEAL_WINDOW_CLOSES_AT = ComplaintModel.Variables.APPEAL_WINDOW_CLOSES_AT;
    /** One line per fact of the complaint, for the review form. */
    public static final String COMPLAINT_SUMMARY = ComplaintModel.Variables.COMPLAINT_SUMMARY;
    /** The options of the review form's deregistration ground: the ruleset's grounds. */
    public static final String DEREGISTRATION_GROUND_OPTIONS = "deregistrationGroundOptions";

    // form fields of the review and the court tasks
    public static final String DECISION = ComplaintModel.Variables.DECISION;
    public static final String REASONS = ComplaintModel.Variables.REASONS;
    public static final String COURT_NAME = ComplaintModel.Variables.COURT_NAME;
    public static final String APPEALED_ON = ComplaintModel.Variables.APPEALED_ON;
    public static final String CASE_NUMBER = ComplaintModel.Variables.CASE_NUMBER;
    public static final String RULING = ComplaintModel.Variables.RULING;
    public static final String RULED_ON = ComplaintModel.Variables.RULED_ON;
    public static final String RULING_SUMMARY = ComplaintModel.Variables.RULING_SUMMARY;

    private ComplaintVariables() {
    }

    public static String revisionCause(String complaintNumber) {
        return "complaint " + complaintNumber;
    }
}
