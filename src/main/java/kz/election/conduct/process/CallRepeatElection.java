package kz.election.conduct.process;

import kz.election.audit.DecisionEntry;
import kz.election.conduct.ElectionCalls;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A failed, invalid or uncontested election: a linked REPEAT election. */
@Component(ElectionModel.Elements.CALL_REPEAT_ELECTION)
class CallRepeatElection implements JavaDelegate {

    private final ElectionCalls calls;

    CallRepeatElection(ElectionCalls calls) {
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ElectionVariables.FOLLOW_UP_ELECTION,
                calls.callRepeatElection(ProcessBusinessKey.of(execution), DecisionEntry.SYSTEM).number());
    }
}
