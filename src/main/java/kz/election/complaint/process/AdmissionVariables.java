package kz.election.complaint.process;

import java.util.Date;
import kz.election.candidate.RefusalGround;
import kz.election.complaint.Admission;
import kz.election.complaint.ComplaintVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/** What the gateways, the review timers and the review form read of an admission, by whichever step admitted. */
final class AdmissionVariables {

    private AdmissionVariables() {
    }

    static void set(VariableScope scope, Admission admission) {
        scope.setVariable(ComplaintVariables.ADMISSIBLE, admission.admissible());
        scope.setVariable(ComplaintVariables.FILING_DEADLINE, Date.from(admission.filingDeadline()));
        scope.setVariable(ComplaintVariables.COMPLAINT_SUMMARY, admission.summary());
        if (admission.admissible()) {
            scope.setVariable(ComplaintVariables.REVIEW_DUE_AT, Date.from(admission.reviewDueAt()));
            scope.setVariable(ComplaintVariables.ESCALATE_AT, Date.from(admission.escalateAt()));
            scope.setVariable(ComplaintVariables.IMMEDIATE_REVIEW, admission.immediateReview());
            SpinJsonNode options = Spin.JSON("[]");
            for (RefusalGround ground : admission.deregistrationGrounds()) {
                options.append(Spin.JSON("{}").prop("label", ground.text()).prop("value", ground.code()));
            }
            scope.setVariable(ComplaintVariables.DEREGISTRATION_GROUND_OPTIONS,
                    SpinValues.jsonValue(options.toString()).create());
        }
    }
}
