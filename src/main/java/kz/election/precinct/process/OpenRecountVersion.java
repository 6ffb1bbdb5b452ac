package kz.election.precinct.process;

import kz.election.complaint.ComplaintVariables;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import kz.election.model.PrecinctCountModel;
import kz.election.platform.FormValues;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A recount enters the protocol again as the next version; the accepted one counts until then. It opens
 * only on the stored decision that orders it: the complaint the message names must be upheld (or the
 * court must have overturned its decision) with RECOUNT of this very precinct.
 */
@Component(PrecinctCountModel.Elements.OPEN_RECOUNT_VERSION)
record OpenRecountVersion(ProtocolService protocols, RemedyOrders orders) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CountVariables.Count count = CountVariables.countOf(execution);
        int version = protocols.openRecount(count.election(), count.precinct());
        orders.require(FormValues.text(execution.getVariable(ComplaintVariables.COMPLAINT_NUMBER)), count.election(),
                RemedyKind.RECOUNT, count.precinct(), null, null);
        // for the forms: the steps read the version from the stored protocols
        execution.setVariable(CountVariables.PROTOCOL_VERSION, version);
    }
}
