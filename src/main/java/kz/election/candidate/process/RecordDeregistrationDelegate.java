package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Message candidateDeregistration: variables deregistrationGround, deregistrationReason, recordedBy. */
@Component("recordDeregistration")
class RecordDeregistrationDelegate implements JavaDelegate {

    private final CandidateService candidates;
    private final IdentityService identityService;

    RecordDeregistrationDelegate(CandidateService candidates, IdentityService identityService) {
        this.candidates = candidates;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        candidates.deregister((String) execution.getVariable(Variables.REFERENCE),
                Variables.text(execution.getVariable("deregistrationGround")),
                Variables.text(execution.getVariable("deregistrationReason")),
                Actor.of(identityService, execution.getVariable("recordedBy")), execution.getProcessInstanceId());
    }
}
