package kz.election.conduct.process;

import kz.election.model.ElectionModel;
import kz.election.platform.FormValues;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables the steps of election.bpmn read and write: those the model or its forms name are the
 * generated ones, the others (set by the steps, or by the messages' senders) are named here.
 */
public final class ElectionVariables {

    public static final String ELECTION_NUMBER = ElectionModel.Variables.ELECTION_NUMBER;
    public static final String REPEAT_VOTING = ElectionModel.Variables.REPEAT_VOTING;
    /** ENOUGH, EXTEND or HIGHER_AKIM_NOMINATES (CandidateShortfallRules). */
    public static final String NOMINATION_ROUTE = ElectionModel.Variables.NOMINATION_ROUTE;
    public static final String STANDING_NOMINEES = "standingNominees";
    /** FIX_BALLOT or NO_CONTEST. */
    public static final String REGISTRATION_ROUTE = ElectionModel.Variables.REGISTRATION_ROUTE;
    public static final String REGISTERED_CANDIDATES = "registeredCandidates";
    public static final String RESULT_VERSION = "resultVersion";
    public static final String RESULT_SUMMARY = ElectionModel.Variables.RESULT_SUMMARY;
    public static final String ESTABLISHED_BY = ElectionModel.Variables.ESTABLISHED_BY;
    /** ELECTED, REPEAT_VOTING or INVALID: where the published result leads. */
    public static final String RESULT_ROUTE = ElectionModel.Variables.RESULT_ROUTE;
    public static final String WINNER = ElectionModel.Variables.WINNER;
    public static final String FOLLOW_UP_ELECTION = "followUpElection";
    public static final String ESCALATED_DEADLINE = "escalatedDeadline";
    public static final String ESCALATED_DEADLINE_NAME = ElectionModel.Variables.ESCALATED_DEADLINE_NAME;
    public static final String ESCALATED_DUE_AT = ElectionModel.Variables.ESCALATED_DUE_AT;
    public static final String ESCALATED_DUE_AT_TEXT = ElectionModel.Variables.ESCALATED_DUE_AT_TEXT;
    public static final String ESCALATED_TASK = "escalatedTask";
    public static final String CANCELLATION_REASON = "cancellationReason";
    public static final String REVISION_CAUSE = "revisionCause";

    private ElectionVariables() {
    }

    /** The precinct a message about one precinct names. */
    static int precinctNumber(VariableScope scope) {
        Integer precinct = FormValues.integer(ElectionModel.Variables.PRECINCT_NUMBER,
                scope.getVariable(ElectionModel.Variables.PRECINCT_NUMBER));
        if (precinct == null) {
            throw new IllegalStateException("this step needs the precinct the message names; it names none");
        }
        return precinct;
    }
}
