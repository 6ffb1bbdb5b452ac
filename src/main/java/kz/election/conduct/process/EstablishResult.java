package kz.election.conduct.process;

import kz.election.conduct.ElectionResults;
import kz.election.election.ResultVersion;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The commission establishes the tabulated result or declares the election invalid. */
@Component(ElectionModel.Elements.ESTABLISH_RESULT)
record EstablishResult(ElectionResults results, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        // the version is the election's latest, read from the database: a completion may send
        // resultVersion, never choose which version becomes the result
        ResultVersion established = results.establishLatest(ProcessBusinessKey.of(task),
                FormValues.flag(task.getVariable(ElectionModel.Variables.DECLARE_INVALID)),
                FormValues.text(task.getVariable(ElectionModel.Variables.INVALIDITY_REASON)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.setVariable(ElectionVariables.ESTABLISHED_BY, established.establishedBy());
    }
}
