package kz.election.complaint.process;

import kz.election.complaint.CourtAppeals;
import kz.election.model.ComplaintModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the remedy the court ordered to the process that carries it out (asyncBefore: it arrives or is an incident). */
@Component(ComplaintModel.Elements.APPLY_COURT_REMEDY)
class ApplyCourtRemedy implements JavaDelegate {

    private final CourtAppeals appeals;

    ApplyCourtRemedy(CourtAppeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appeals.applyRemedy(ProcessBusinessKey.of(execution));
    }
}
