package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The ballot: registered candidates in registration order (and "against all"). */
@Component(ElectionModel.Elements.FIX_BALLOT)
class FixBallot implements JavaDelegate {

    private final ElectionProgress progress;

    FixBallot(ElectionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.fixBallot(ProcessBusinessKey.of(execution));
    }
}
