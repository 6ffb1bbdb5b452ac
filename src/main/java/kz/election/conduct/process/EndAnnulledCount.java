package kz.election.conduct.process;

import kz.election.common.ConflictException;
import kz.election.conduct.ElectionResults;
import kz.election.election.ElectionChildren;
import kz.election.model.ElectionModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The annulled precinct's count, if still open, ends: the count step does not wait for it. */
@Component(ElectionModel.Elements.END_ANNULLED_COUNT)
record EndAnnulledCount(ElectionChildren children, ElectionResults results) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessBusinessKey.of(execution);
        int precinct = ElectionVariables.precinctNumber(execution);
        // only a precinct the database holds as excluded (by excludePrecinct, on its complaint) loses its count
        if (!results.excludedPrecincts(number).contains(precinct)) {
            throw new ConflictException("Refused: precinct " + precinct + " of election " + number
                    + " is not excluded, so its count is not ended");
        }
        children.endCount(number, precinct);
    }
}
