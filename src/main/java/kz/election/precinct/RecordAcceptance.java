package kz.election.precinct;

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
        long protocolId = ((Number) execution.getVariable(CountVariables.PROTOCOL_ID)).longValue();
        protocols.accept(protocolId, users.require("accepting a protocol"), execution.getProcessInstanceId());
    }
}
