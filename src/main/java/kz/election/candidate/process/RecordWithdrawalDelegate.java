package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import kz.election.platform.EngineUsers;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Message candidateWithdrawal: variables withdrawalReason and, without a signed-in user, recordedBy. */
@Component("recordWithdrawal")
record RecordWithdrawalDelegate(CandidateService candidates, EngineUsers engineUsers) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        candidates.withdraw(ProcessBusinessKey.of(execution),
                Variables.text(execution.getVariable("withdrawalReason")),
                Actor.of(engineUsers, execution.getVariable("recordedBy")), execution.getProcessInstanceId());
    }
}
