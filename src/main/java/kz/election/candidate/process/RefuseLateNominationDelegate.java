package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("refuseLateNomination")
record RefuseLateNominationDelegate(CandidateService candidates) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        candidates.refuseLate(ProcessBusinessKey.of(execution), execution.getProcessInstanceId());
        execution.setVariable("registered", false);
    }
}
