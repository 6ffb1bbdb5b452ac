package kz.election.notification;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A delegate as the process packages will write them: read ids from variables, hand a request to MailStep. */
// a plain component: test classes under kz.election are scanned, so every test shares one context
@Component("mailCandidate")
class CandidateMailDelegate implements JavaDelegate {

    private final MailStep mailStep;

    CandidateMailDelegate(MailStep mailStep) {
        this.mailStep = mailStep;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailStep.send(execution, new MailRequest(
                (String) execution.getVariable("candidateEmail"),
                (String) execution.getVariable("candidateName"),
                (String) execution.getVariable("language"),
                "candidate-withdrawn",
                Map.of("electionName", "Kosshy 2026", "commissionName", "Kosshy TEC",
                        "withdrawnOn", LocalDate.of(2026, 7, 2)),
                null, null));
    }
}
