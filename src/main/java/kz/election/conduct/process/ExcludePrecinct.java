package kz.election.conduct.process;

import kz.election.complaint.ComplaintVariables;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import kz.election.conduct.ElectionResults;
import kz.election.model.ElectionModel;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs only on a stored decision that orders ANNUL_PRECINCT of this very precinct. */
@Component(ElectionModel.Elements.EXCLUDE_PRECINCT)
record ExcludePrecinct(ElectionResults results, RemedyOrders orders) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessBusinessKey.of(execution);
        int precinct = ElectionVariables.precinctNumber(execution);
        RemedyOrders.Order order = orders.require(
                FormValues.text(execution.getVariable(ComplaintVariables.COMPLAINT_NUMBER)),
                number, RemedyKind.ANNUL_PRECINCT, precinct, null, null);
        results.excludePrecinct(number, precinct, order.complaintNumber());
    }
}
