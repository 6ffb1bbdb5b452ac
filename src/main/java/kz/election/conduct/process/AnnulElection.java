package kz.election.conduct.process;

import kz.election.complaint.ComplaintVariables;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs only on the stored decision that orders it: the complaint the message names must be upheld (or
 * the court must have overturned its decision) with ANNUL_ELECTION for this election. The annulment
 * is recorded by the officer who decided, with the decision's reasons, not the message's text.
 */
@Component(ElectionModel.Elements.ANNUL_ELECTION)
record AnnulElection(ElectionProgress progress, RemedyOrders orders) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessBusinessKey.of(execution);
        RemedyOrders.Order order = orders.require(
                FormValues.text(execution.getVariable(ComplaintVariables.COMPLAINT_NUMBER)),
                number, RemedyKind.ANNUL_ELECTION, null, null, null);
        progress.annul(number, order.complaintNumber(), order.reason(), order.orderedBy(),
                execution.getProcessInstanceId());
    }
}
