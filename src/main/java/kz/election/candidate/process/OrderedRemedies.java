package kz.election.candidate.process;

import kz.election.candidate.NominationRepository;
import kz.election.complaint.ComplaintVariables;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The stored decision that orders a remedy on this process's nomination (its business key), named by the
 * message's complaintNumber: the message alone orders nothing, whoever sends it.
 */
@Component
record OrderedRemedies(RemedyOrders orders, NominationRepository nominations) {

    RemedyOrders.Order require(DelegateExecution execution, RemedyKind kind, String groundCode) {
        String reference = ProcessBusinessKey.of(execution);
        return orders.require(FormValues.text(execution.getVariable(ComplaintVariables.COMPLAINT_NUMBER)),
                nominations.byReference(reference).electionNumber(), kind, null, reference, groundCode);
    }
}
