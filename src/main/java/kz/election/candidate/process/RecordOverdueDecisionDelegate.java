package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordOverdueDecision")
record RecordOverdueDecisionDelegate(CandidateService candidates) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        candidates.markOverdue(ProcessBusinessKey.of(execution));
    }
}
