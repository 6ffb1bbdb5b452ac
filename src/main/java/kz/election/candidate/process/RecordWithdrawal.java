package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.RECORD_WITHDRAWAL;

import kz.election.candidate.CandidacyChanges;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Message candidateWithdrawal: variables withdrawalReason and, without a signed-in user, recordedBy. */
@Component(RECORD_WITHDRAWAL)
record RecordWithdrawal(CandidacyChanges changes, EngineUsers engineUsers) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        changes.withdraw(ProcessBusinessKey.of(execution),
                FormValues.text(execution.getVariable("withdrawalReason")),
                FormValues.actor(engineUsers, execution.getVariable(FormValues.RECORDED_BY)), execution.getProcessInstanceId());
    }
}
