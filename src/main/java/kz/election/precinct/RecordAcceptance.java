package kz.election.precinct;

import kz.election.common.ConflictException;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The territorial commission's acceptance: the stored protocol (not the task's variables) becomes the precinct's result. */
@Component("recordAcceptance")
class RecordAcceptance implements JavaDelegate {

    private final ProtocolService protocols;
    private final EngineUsers users;

    RecordAcceptance(ProtocolService protocols, EngineUsers users) {
        this.protocols = protocols;
        this.users = users;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // A colleague completing the same task at the same moment may have ended the count already, so
        // this one finds no protocol: that is a lost race (409 over /api), not a broken process.
        if (!(execution.getVariable(CountVariables.PROTOCOL_ID) instanceof Number id)) {
            throw new ConflictException("Cannot complete task: the protocol of " + execution.getProcessBusinessKey()
                    + " was already accepted by someone else");
        }
        long protocolId = id.longValue();
        protocols.accept(protocolId, users.require("accepting a protocol"), execution.getProcessInstanceId());
    }
}
