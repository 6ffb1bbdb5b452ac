package kz.election.complaint.process;

import java.util.Date;
import kz.election.candidate.RefusalGround;
import kz.election.complaint.Admission;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintVariables;
import kz.election.model.ComplaintModel;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** The ruleset's filing deadline: the gateway's flag, the review timers' dates and the review form's facts. */
@Component(ComplaintModel.Elements.CHECK_FILING_DEADLINE)
record CheckFilingDeadline(ComplaintService complaints) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Admission admission = complaints.admit(ProcessBusinessKey.of(execution), execution.getProcessInstanceId());
        execution.setVariable(ComplaintVariables.ADMISSIBLE, admission.admissible());
        execution.setVariable(ComplaintVariables.FILING_DEADLINE, Date.from(admission.filingDeadline()));
        execution.setVariable(ComplaintVariables.COMPLAINT_SUMMARY, admission.summary());
        if (admission.admissible()) {
            execution.setVariable(ComplaintVariables.REVIEW_DUE_AT, Date.from(admission.reviewDueAt()));
            execution.setVariable(ComplaintVariables.ESCALATE_AT, Date.from(admission.escalateAt()));
            execution.setVariable(ComplaintVariables.IMMEDIATE_REVIEW, admission.immediateReview());
            SpinJsonNode options = Spin.JSON("[]");
            for (RefusalGround ground : admission.deregistrationGrounds()) {
                options.append(Spin.JSON("{}").prop("label", ground.text()).prop("value", ground.code()));
            }
            execution.setVariable(ComplaintVariables.DEREGISTRATION_GROUND_OPTIONS,
                    SpinValues.jsonValue(options.toString()).create());
        }
    }
}
