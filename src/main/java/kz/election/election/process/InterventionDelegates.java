package kz.election.election.process;

import kz.election.election.ElectionProgress;
import kz.election.election.ElectionResults;
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

    @Bean
    JavaDelegate annulElection(ElectionProgress progress) {
        return execution -> progress.annul(ElectionVariables.electionNumber(execution),
                ElectionVariables.text(execution.getVariable("complaintNumber")),
                ElectionVariables.text(execution.getVariable("annulmentReason")), execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate excludePrecinct(ElectionResults results) {
        return execution -> results.excludePrecinct(ElectionVariables.electionNumber(execution),
                ElectionVariables.integer(execution.getVariable("precinctNumber")),
                ElectionVariables.text(execution.getVariable("complaintNumber")));
    }

    /** The annulled precinct's count, if still open, ends: the count step does not wait for it. */
    @Bean
    JavaDelegate endAnnulledCount(kz.election.election.ElectionChildren children) {
        return execution -> children.endCount(ElectionVariables.electionNumber(execution),
                ElectionVariables.integer(execution.getVariable("precinctNumber")));
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
