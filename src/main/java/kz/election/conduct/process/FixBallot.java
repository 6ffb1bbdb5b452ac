package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The ballot: registered candidates in registration order (and "against all"). */
@Component(ElectionModel.Elements.FIX_BALLOT)
record FixBallot(ElectionProgress progress) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        progress.fixBallot(ProcessBusinessKey.of(execution));
    }
}
