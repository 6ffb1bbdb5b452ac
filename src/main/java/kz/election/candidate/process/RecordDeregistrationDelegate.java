package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Message candidateDeregistration: variables complaintNumber and deregistrationGround. The registration
 * of this process's nomination (its business key) is cancelled only on the stored decision that orders
 * it: the complaint must be upheld (or the court must have overturned its decision) with DEREGISTER of
 * this nomination on this ground. The reason and the person recorded are the decision's.
 */
@Component("recordDeregistration")
record RecordDeregistrationDelegate(CandidateService candidates, RemedyOrders orders) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        String ground = Variables.text(execution.getVariable("deregistrationGround"));
        RemedyOrders.Order order = orders.require(Variables.text(execution.getVariable("complaintNumber")),
                candidates.byReference(reference).electionNumber(), RemedyKind.DEREGISTER, null, reference, ground);
        candidates.deregister(reference, ground, order.reason(), order.orderedBy(), execution.getProcessInstanceId());
    }
}
