package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.CHECK_ELIGIBILITY;
import static kz.election.model.CandidateRegistrationModel.Variables.BALLOT_CLOSES_AT;
import static kz.election.model.CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY;
import static kz.election.model.CandidateRegistrationModel.Variables.DECISION_DUE_AT;
import static kz.election.model.CandidateRegistrationModel.Variables.ESCALATE_AT;
import static kz.election.model.CandidateRegistrationModel.Variables.FILED_IN_TIME;
import static kz.election.model.CandidateRegistrationModel.Variables.SELF_NOMINATED;

import java.util.Date;
import kz.election.candidate.CheckOutcome;
import kz.election.candidate.NominationChecks;
import kz.election.candidate.RefusalGround;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Runs the automatic checks and hands the process its gateway flags, timer dates and the reviewer's checklist. */
@Component(CHECK_ELIGIBILITY)
record CheckEligibility(NominationChecks checks) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CheckOutcome outcome = checks.check(ProcessBusinessKey.of(execution));
        execution.setVariable(FILED_IN_TIME, outcome.filedInTime());
        execution.setVariable(SELF_NOMINATED, outcome.selfNominated());
        execution.setVariable(DECISION_DUE_AT, Date.from(outcome.decisionDueAt()));
        execution.setVariable(ESCALATE_AT, Date.from(outcome.escalateAt()));
        execution.setVariable(BALLOT_CLOSES_AT, Date.from(outcome.ballotClosesAt()));
        execution.setVariable(CHECKLIST_SUMMARY, outcome.checklistSummary());
        SpinJsonNode options = Spin.JSON("[]");
        for (RefusalGround ground : outcome.refusalGrounds()) {
            options.append(Spin.JSON("{}").prop("label", ground.text()).prop("value", ground.code()));
        }
        execution.setVariable("refusalGroundOptions", SpinValues.jsonValue(options.toString()).create());
    }
}
