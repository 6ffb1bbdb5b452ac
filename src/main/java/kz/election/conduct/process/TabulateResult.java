package kz.election.conduct.process;

import kz.election.conduct.ElectionResults;
import kz.election.election.ResultVersion;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every precinct counted: the tabulation becomes result version 1 (or the next after a revision). */
@Component(ElectionModel.Elements.TABULATE_RESULT)
record TabulateResult(ElectionResults results) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessBusinessKey.of(execution);
        ResultVersion version = results.tabulate(number, "count of every precinct");
        execution.setVariable(ElectionVariables.RESULT_VERSION, version.version());
        execution.setVariable(ElectionVariables.RESULT_SUMMARY, results.summary(number, version.version()));
    }
}
