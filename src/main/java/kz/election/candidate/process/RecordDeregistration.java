package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.RECORD_DEREGISTRATION;

import kz.election.candidate.CandidacyChanges;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Message candidateDeregistration: variables complaintNumber and deregistrationGround. The registration
 * of this process's nomination (its business key) is cancelled only on the stored decision that orders
 * it: the complaint must be upheld (or the court must have overturned its decision) with DEREGISTER of
 * this nomination on this ground. The reason and the person recorded are the decision's.
 */
@Component(RECORD_DEREGISTRATION)
record RecordDeregistration(CandidacyChanges changes, OrderedRemedies remedies) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reference = ProcessBusinessKey.of(execution);
        String ground = FormValues.text(execution.getVariable("deregistrationGround"));
        RemedyOrders.Order order = remedies.require(execution, RemedyKind.DEREGISTER, ground);
        changes.deregister(reference, ground, order.reason(), order.orderedBy(), execution.getProcessInstanceId());
    }
}
