package kz.election.conduct.process;

import kz.election.conduct.ElectionResults;
import kz.election.model.ElectionModel;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Re-tabulates when a result exists, with the cause the revision request gave; the process then follows the latest version. */
@Component(ElectionModel.Elements.REVISE_RESULT)
class ReviseResult implements JavaDelegate {

    private final ElectionResults results;

    ReviseResult(ElectionResults results) {
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessBusinessKey.of(execution);
        String cause = cause(execution);
        results.revise(number, cause == null ? "revision requested" : cause, execution.getProcessInstanceId())
                .ifPresent(revised -> {
                    // the forms still to come (certification) show the revised result
                    execution.getProcessInstance().setVariable(ElectionVariables.RESULT_VERSION, revised.version());
                    execution.getProcessInstance().setVariable(ElectionVariables.WINNER, revised.winnerName());
                    execution.getProcessInstance().setVariable(ElectionVariables.RESULT_SUMMARY,
                            results.summary(number, revised.version()));
                });
    }

    /** Why the result is revised; null for the general "revision requested". */
    String cause(DelegateExecution execution) {
        return FormValues.text(execution.getVariable(ElectionVariables.REVISION_CAUSE));
    }
}
