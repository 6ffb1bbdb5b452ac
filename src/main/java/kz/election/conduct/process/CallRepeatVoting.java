package kz.election.conduct.process;

import kz.election.conduct.ElectionCalls;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import kz.election.audit.DecisionEntry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A tie: the repeat voting of the tied candidates on the day the commission set. */
@Component(ElectionModel.Elements.CALL_REPEAT_VOTING)
record CallRepeatVoting(ElectionCalls calls, EngineUsers engineUsers) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String followUp = calls.callRepeatVotingOfPublishedTie(ProcessBusinessKey.of(execution),
                FormValues.date(ElectionModel.Variables.REPEAT_VOTING_DAY,
                        execution.getVariable(ElectionModel.Variables.REPEAT_VOTING_DAY)),
                FormValues.actor(engineUsers, DecisionEntry.SYSTEM)).number();
        execution.setVariable(ElectionVariables.FOLLOW_UP_ELECTION, followUp);
    }
}
