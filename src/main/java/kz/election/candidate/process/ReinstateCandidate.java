package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.REINSTATE_CANDIDATE;
import static kz.election.model.CandidateRegistrationModel.Variables.BALLOT_CLOSES_AT;
import static kz.election.model.CandidateRegistrationModel.Variables.ELECTION_NUMBER;

import java.util.Date;
import kz.election.candidate.CandidacyChanges;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.Reinstatement;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.RemedyOrders;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Message candidateReinstatement (business key = the nomination reference): variable complaintNumber.
 * The registration is restored only on the stored decision that orders it (the complaint upheld, or the
 * court's ruling overturning the decision, with REINSTATE of this nomination), recorded as decided by
 * the officer who recorded that decision; the candidacy then waits on the ballot again.
 */
@Component(REINSTATE_CANDIDATE)
record ReinstateCandidate(CandidacyChanges changes, OrderedRemedies remedies) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reference = ProcessBusinessKey.of(execution);
        RemedyOrders.Order order = remedies.require(execution, RemedyKind.REINSTATE, null);
        Reinstatement reinstatement = changes.reinstate(reference, order.complaintNumber(), order.orderedBy(),
                execution.getProcessInstanceId());
        execution.setVariable(NominationFiling.NOMINATION_REFERENCE, reference);
        execution.setVariable(ELECTION_NUMBER, reinstatement.nomination().electionNumber());
        execution.setVariable(BALLOT_CLOSES_AT, Date.from(reinstatement.ballotClosesAt()));
    }
}
