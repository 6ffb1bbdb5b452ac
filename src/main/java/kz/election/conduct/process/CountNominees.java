package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** How many nominees stand at the nomination's close, and what follows. */
@Component(ElectionModel.Elements.COUNT_NOMINEES)
class CountNominees implements JavaDelegate {

    private final ElectionProgress progress;

    CountNominees(ElectionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ElectionProgress.NominationCount count = progress.countNominees(ProcessBusinessKey.of(execution));
        execution.setVariable(ElectionVariables.STANDING_NOMINEES, count.standing());
        execution.setVariable(ElectionVariables.NOMINATION_ROUTE, count.route().name());
    }
}
