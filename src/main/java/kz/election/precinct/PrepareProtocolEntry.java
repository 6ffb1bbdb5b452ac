package kz.election.precinct;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fills the protocol form's candidate lines from the fixed ballot: one line per candidate, in ballot order. */
@Component("prepareProtocolEntry")
class PrepareProtocolEntry implements JavaDelegate {

    private final BallotService ballots;
    private final ObjectMapper json;

    PrepareProtocolEntry(BallotService ballots, ObjectMapper json) {
        this.ballots = ballots;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var lines = ballots.requireFixed(CountVariables.electionNumber(execution)).stream()
                .map(entry -> new CountVariables.CandidateLine(entry.registrationNumber(), entry.candidateName(),
                        entry.nominatedBy(), null))
                .toList();
        execution.setVariable(CountVariables.CANDIDATE_LINES, CountVariables.candidateLines(json, lines));
        execution.setVariables(CountVariables.formLines(lines));
        if (execution.getVariable(CountVariables.PROTOCOL_VERSION) == null) {
            execution.setVariable(CountVariables.PROTOCOL_VERSION, 1);
        }
    }
}
