package kz.election.conduct.process;

import kz.election.common.ConflictException;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import kz.election.conduct.ElectionProgress;
import kz.election.conduct.ElectionResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the messages election.bpmn receives do (PROCESS-CONTRACTS.md "Messages"): cancellation,
 * annulment, an annulled precinct and a revision of the result.
 */
@Configuration(proxyBeanMethods = false)
class InterventionDelegates {

    @Bean
    JavaDelegate cancelElection(ElectionProgress progress) {
        return execution -> progress.cancel(ElectionVariables.electionNumber(execution),
                ElectionVariables.text(execution.getVariable("cancellationReason")),
                ElectionVariables.text(execution.getVariable("recordedBy")), execution.getProcessInstanceId());
    }

    /**
     * Runs only on the stored decision that orders it: the complaint the message names must be upheld (or
     * the court must have overturned its decision) with ANNUL_ELECTION for this election. The annulment
     * is recorded by the officer who decided, with the decision's reasons, not the message's text.
     */
    @Bean
    JavaDelegate annulElection(ElectionProgress progress, RemedyOrders orders) {
        return execution -> {
            String number = ElectionVariables.electionNumber(execution);
            RemedyOrders.Order order = orders.require(ElectionVariables.text(execution.getVariable("complaintNumber")),
                    number, RemedyKind.ANNUL_ELECTION, null, null, null);
            progress.annul(number, order.complaintNumber(), order.reason(), order.orderedBy(),
                    execution.getProcessInstanceId());
        };
    }

    /** Runs only on a stored decision that orders ANNUL_PRECINCT of this very precinct. */
    @Bean
    JavaDelegate excludePrecinct(ElectionResults results, RemedyOrders orders) {
        return execution -> {
            String number = ElectionVariables.electionNumber(execution);
            int precinct = ElectionVariables.integer(execution.getVariable("precinctNumber"));
            RemedyOrders.Order order = orders.require(ElectionVariables.text(execution.getVariable("complaintNumber")),
                    number, RemedyKind.ANNUL_PRECINCT, precinct, null, null);
            results.excludePrecinct(number, precinct, order.complaintNumber());
        };
    }

    /** The annulled precinct's count, if still open, ends: the count step does not wait for it. */
    @Bean
    JavaDelegate endAnnulledCount(kz.election.election.ElectionChildren children, ElectionResults results) {
        return execution -> {
            String number = ElectionVariables.electionNumber(execution);
            int precinct = ElectionVariables.integer(execution.getVariable("precinctNumber"));
            // only a precinct the database holds as excluded (by excludePrecinct, on its complaint) loses its count
            if (!results.excludedPrecincts(number).contains(precinct)) {
                throw new ConflictException("Refused: precinct " + precinct + " of election " + number
                        + " is not excluded, so its count is not ended");
            }
            children.endCount(number, precinct);
        };
    }

    /** Re-tabulates when a result exists, with the cause the revision request gave. */
    @Bean
    JavaDelegate reviseResult(ElectionResults results) {
        return execution -> revise(results, execution, ElectionVariables.text(execution.getVariable("revisionCause")));
    }

    /**
     * Re-tabulates after a precinct's annulment. The cause is the annulment's own: a revisionCause left
     * in the process by an earlier revision request must not name this version.
     */
    @Bean
    JavaDelegate reviseAfterAnnulment(ElectionResults results) {
        return execution -> {
            String complaint = ElectionVariables.text(execution.getVariable("complaintNumber"));
            revise(results, execution, "precinct " + execution.getVariable("precinctNumber") + " annulled"
                    + (complaint == null ? "" : " (complaint " + complaint + ")"));
        };
    }

    /** The process then follows the latest version. */
    private static void revise(ElectionResults results, DelegateExecution execution, String cause) {
        String number = ElectionVariables.electionNumber(execution);
        results.revise(number, cause == null ? "revision requested" : cause, execution.getProcessInstanceId())
                .ifPresent(revised -> {
                    // the forms still to come (certification) show the revised result
                    execution.getProcessInstance().setVariable(ElectionVariables.RESULT_VERSION, revised.version());
                    execution.getProcessInstance().setVariable(ElectionVariables.WINNER, revised.winnerName());
                    execution.getProcessInstance().setVariable(ElectionVariables.RESULT_SUMMARY,
                            results.summary(number, revised.version()));
                });
    }
}
