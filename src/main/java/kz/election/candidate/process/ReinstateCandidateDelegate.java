package kz.election.candidate.process;

import java.util.Date;
import kz.election.candidate.CandidateService;
import kz.election.candidate.Reinstatement;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Message candidateReinstatement (business key = the nomination reference): variables complaintNumber
 * and recordedBy. The registration is restored and the candidacy waits on the ballot again.
 */
@Component("reinstateCandidate")
class ReinstateCandidateDelegate implements JavaDelegate {

    private final CandidateService candidates;
    private final EngineUsers engineUsers;

    ReinstateCandidateDelegate(CandidateService candidates, EngineUsers engineUsers) {
        this.candidates = candidates;
        this.engineUsers = engineUsers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Reinstatement reinstatement = candidates.reinstate(reference,
                Variables.text(execution.getVariable("complaintNumber")),
                Actor.of(engineUsers, execution.getVariable("recordedBy")), execution.getProcessInstanceId());
        execution.setVariable(Variables.REFERENCE, reference);
        execution.setVariable("electionNumber", reinstatement.nomination().electionNumber());
        execution.setVariable("ballotClosesAt", Date.from(reinstatement.ballotClosesAt()));
    }
}
