package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** How many candidates are registered at the registration close, and what follows. */
@Component(ElectionModel.Elements.COUNT_REGISTERED)
record CountRegistered(ElectionProgress progress) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ElectionProgress.RegistrationCount count = progress.countRegistered(ProcessBusinessKey.of(execution));
        execution.setVariable(ElectionVariables.REGISTERED_CANDIDATES, count.registered());
        execution.setVariable(ElectionVariables.REGISTRATION_ROUTE, count.route().name());
    }
}
