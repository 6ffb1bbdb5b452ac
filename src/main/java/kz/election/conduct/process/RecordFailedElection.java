package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import kz.election.conduct.ElectionResults;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the election as INVALID or NO_CONTEST, before the repeat is called. Which one, and whether at
 * all, is read from the database, not from the route variables a task completion could have written:
 * NO_CONTEST needs no registered candidate and no result, INVALID a published result that elects nobody.
 */
@Component(ElectionModel.Elements.RECORD_FAILED_ELECTION)
record RecordFailedElection(ElectionProgress progress, ElectionResults results) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessBusinessKey.of(execution);
        progress.endFailed(number, results.current(number));
    }
}
