package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nomination extended by the ruleset's days: the calendar gets nominationExtendedUntil. */
@Component(ElectionModel.Elements.EXTEND_NOMINATION)
record ExtendNomination(ElectionProgress progress) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        progress.extendNomination(ProcessBusinessKey.of(execution));
    }
}
