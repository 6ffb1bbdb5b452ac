package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Message candidateDeregistration: variables deregistrationGround, deregistrationReason, recordedBy. */
@Component("recordDeregistration")
class RecordDeregistrationDelegate implements JavaDelegate {

    private final CandidateService candidates;
    private final EngineUsers engineUsers;

    RecordDeregistrationDelegate(CandidateService candidates, EngineUsers engineUsers) {
        this.candidates = candidates;
        this.engineUsers = engineUsers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        candidates.deregister((String) execution.getVariable(Variables.REFERENCE),
                Variables.text(execution.getVariable("deregistrationGround")),
                Variables.text(execution.getVariable("deregistrationReason")),
                Actor.of(engineUsers, execution.getVariable("recordedBy")), execution.getProcessInstanceId());
    }
}
