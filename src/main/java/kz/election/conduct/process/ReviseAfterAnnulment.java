package kz.election.conduct.process;

import kz.election.complaint.ComplaintVariables;
import kz.election.conduct.ElectionResults;
import kz.election.model.ElectionModel;
import kz.election.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Re-tabulates after a precinct's annulment. The cause is the annulment's own: a revisionCause left
 * in the process by an earlier revision request must not name this version.
 */
@Component(ElectionModel.Elements.REVISE_AFTER_ANNULMENT)
class ReviseAfterAnnulment extends ReviseResult {

    ReviseAfterAnnulment(ElectionResults results) {
        super(results);
    }

    @Override
    String cause(DelegateExecution execution) {
        String complaint = FormValues.text(execution.getVariable(ComplaintVariables.COMPLAINT_NUMBER));
        return "precinct " + execution.getVariable(ElectionModel.Variables.PRECINCT_NUMBER) + " annulled"
                + (complaint == null ? "" : " (complaint " + complaint + ")");
    }
}
