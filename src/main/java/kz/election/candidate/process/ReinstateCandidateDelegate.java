package kz.election.candidate.process;

import java.util.Date;
import kz.election.candidate.CandidateService;
import kz.election.candidate.Reinstatement;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Message candidateReinstatement (business key = the nomination reference): variable complaintNumber.
 * The registration is restored only on the stored decision that orders it (the complaint upheld, or the
 * court's ruling overturning the decision, with REINSTATE of this nomination), recorded as decided by
 * the officer who recorded that decision; the candidacy then waits on the ballot again.
 */
@Component("reinstateCandidate")
record ReinstateCandidateDelegate(CandidateService candidates, RemedyOrders orders) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        RemedyOrders.Order order = orders.require(Variables.text(execution.getVariable("complaintNumber")),
                candidates.byReference(reference).electionNumber(), RemedyKind.REINSTATE, null, reference, null);
        Reinstatement reinstatement = candidates.reinstate(reference, order.complaintNumber(), order.orderedBy(),
                execution.getProcessInstanceId());
        execution.setVariable(Variables.REFERENCE, reference);
        execution.setVariable("electionNumber", reinstatement.nomination().electionNumber());
        execution.setVariable("ballotClosesAt", Date.from(reinstatement.ballotClosesAt()));
    }
}
