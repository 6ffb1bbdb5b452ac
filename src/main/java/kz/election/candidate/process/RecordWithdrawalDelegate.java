package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Message candidateWithdrawal: variables withdrawalReason and, without a signed-in user, recordedBy. */
@Component("recordWithdrawal")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final CandidateService candidates;
    private final IdentityService identityService;

    RecordWithdrawalDelegate(CandidateService candidates, IdentityService identityService) {
        this.candidates = candidates;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        candidates.withdraw((String) execution.getVariable(Variables.REFERENCE),
                Variables.text(execution.getVariable("withdrawalReason")),
                Actor.of(identityService, execution.getVariable("recordedBy")), execution.getProcessInstanceId());
    }
}
