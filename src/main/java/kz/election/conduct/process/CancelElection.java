package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The message electionCancelled (PROCESS-CONTRACTS.md "Messages"): the election ends with the reason. */
@Component(ElectionModel.Elements.CANCEL_ELECTION)
record CancelElection(ElectionProgress progress) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        progress.cancel(ProcessBusinessKey.of(execution),
                FormValues.text(execution.getVariable(ElectionVariables.CANCELLATION_REASON)),
                FormValues.text(execution.getVariable(FormValues.RECORDED_BY)), execution.getProcessInstanceId());
    }
}
