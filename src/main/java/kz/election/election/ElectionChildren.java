package kz.election.election;

import java.util.ArrayList;
import java.util.List;
import kz.election.model.PrecinctCountModel;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Ends what an election started when the election itself ends early (cancellation, annulment): every
 * candidateRegistration of the election (found by its variable electionNumber) and every precinctCount
 * (business key {@code {electionNumber}/P...}), each with the reason people gave. Counts that the
 * election's own call activity started end with it already; recounts started by message end here.
 */
@Service
public class ElectionChildren {

    static final String CANDIDATE_REGISTRATION = "candidateRegistration";
    static final String PRECINCT_COUNT = PrecinctCountModel.PROCESS;
    static final String PRECINCT_ANNULLED = PrecinctCountModel.Messages.PRECINCT_ANNULLED;

    private final RuntimeService runtimeService;

    public ElectionChildren(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Tells the precinct's count (election night or a recount) that its results are annulled: it ends
     * wherever it stands (precinct-count.bpmn), so the election's count step stops waiting for it.
     *
     * @return how many counts were told (none when the count had already ended)
     */
    public int endCount(String electionNumber, int precinctNumber) {
        return runtimeService.createMessageCorrelation(PRECINCT_ANNULLED)
                .processInstanceBusinessKey(electionNumber + "/P" + precinctNumber)
                .correlateAllWithResult().size();
    }

    /** @return how many child processes were ended */
    public int endAll(String electionNumber, String reason) {
        List<String> ids = new ArrayList<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(CANDIDATE_REGISTRATION)
                .variableValueEquals("electionNumber", electionNumber).list()
                .stream().map(ProcessInstance::getId).forEach(ids::add);
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PRECINCT_COUNT)
                .processInstanceBusinessKeyLike(electionNumber + "/P%").list()
                .stream().map(ProcessInstance::getId).forEach(ids::add);
        if (!ids.isEmpty()) {
            // externally terminated: history shows the instances as ended by someone, with the reason
            runtimeService.deleteProcessInstances(ids, reason, false, true);
        }
        return ids.size();
    }
}
