package kz.election.precinct.process;

import kz.election.model.PrecinctCountModel;
import kz.election.platform.EngineUsers;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The territorial commission's acceptance: the protocol the database holds as waiting for acceptance
 * for this count's precinct (not an id among the task's variables) becomes the precinct's result, and
 * only a member of the territorial commission accepts it.
 */
@Component(PrecinctCountModel.Elements.RECORD_ACCEPTANCE)
record RecordAcceptance(ProtocolService protocols, EngineUsers users) implements JavaDelegate {

    // the candidate group of the acceptance task in precinct-count.bpmn
    static final String TEC_STAFF = "tec-staff";



    @Override
    public void execute(DelegateExecution execution) {
        String accepter = users.require("accepting a protocol");
        if (!users.groupsOf(accepter).map(groups -> groups.contains(TEC_STAFF)).orElse(false)) {
            throw new AuthorizationException(accepter + " is not a member of the territorial commission ("
                    + TEC_STAFF + ") and cannot accept a precinct protocol");
        }
        // A colleague completing the same task at the same moment may have accepted it already, so this one
        // finds no protocol waiting: that is a lost race (409 over /api), not a broken process.
        CountVariables.Count count = CountVariables.countOf(execution);
        protocols.acceptWaiting(count.election(), count.precinct(), accepter, execution.getProcessInstanceId());
    }
}
