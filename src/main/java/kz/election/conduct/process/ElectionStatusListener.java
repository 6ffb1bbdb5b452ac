package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Moves the election's status as the process reaches a stage, from execution listeners such as
 * {@code ${electionStatus.move(execution, 'CAMPAIGN')}}: the status sits beside the step in the diagram.
 */
@Component("electionStatus")
public class ElectionStatusListener {

    private final ElectionProgress progress;

    ElectionStatusListener(ElectionProgress progress) {
        this.progress = progress;
    }

    public void move(DelegateExecution execution, String status) {
        progress.moveTo(ProcessBusinessKey.of(execution), status);
    }
}
