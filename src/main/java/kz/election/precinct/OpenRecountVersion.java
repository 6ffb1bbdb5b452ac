package kz.election.precinct;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A recount enters the protocol again as the next version; the accepted one counts until then. */
@Component("openRecountVersion")
class OpenRecountVersion implements JavaDelegate {

    private final ProtocolService protocols;

    OpenRecountVersion(ProtocolService protocols) {
        this.protocols = protocols;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // for the forms: the steps read the version from the stored protocols
        execution.setVariable(CountVariables.PROTOCOL_VERSION,
                protocols.openRecount(CountVariables.electionNumber(execution), CountVariables.precinctNumber(execution)));
    }
}
