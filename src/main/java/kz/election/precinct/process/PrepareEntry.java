package kz.election.precinct.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import kz.election.ballot.BallotService;
import kz.election.model.PrecinctCountModel;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fills the protocol form: the candidate lines from the fixed ballot (one per candidate, in ballot order) and
 * the lines the commission's records fix before the count.
 */
@Component(PrecinctCountModel.Elements.PREPARE_ENTRY)
record PrepareEntry(BallotService ballots, ProtocolService protocols, ObjectMapper json) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CountVariables.Count count = CountVariables.countOf(execution);
        var lines = ballots.requireFixed(count.election()).stream()
                .map(entry -> new CountVariables.CandidateLine(entry.registrationNumber(), entry.candidateName(),
                        entry.nominatedBy(), null))
                .toList();
        execution.setVariable(CountVariables.CANDIDATE_LINES, CountVariables.candidateLines(json, lines));
        execution.setVariables(CountVariables.formLines(lines));
        // the lines the commission's records fix (closed list, ballot acts, home register) come filled in;
        // the submission holds the PEC to them whatever the form sends back
        protocols.recordedFigures(count.election(), count.precinct())
                .forEach(recorded -> execution.setVariable(recorded.field(), recorded.value()));
        // shown on the form; the steps read the version from the stored protocols
        execution.setVariable(CountVariables.PROTOCOL_VERSION, protocols.versionToEnter(count.election(), count.precinct()));
    }
}
