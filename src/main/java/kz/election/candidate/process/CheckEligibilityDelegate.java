package kz.election.candidate.process;

import java.util.Date;
import kz.election.candidate.CandidateService;
import kz.election.candidate.CheckOutcome;
import kz.election.candidate.RefusalGround;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Runs the automatic checks and hands the process its gateway flags, timer dates and the reviewer's checklist. */
@Component("checkEligibility")
record CheckEligibilityDelegate(CandidateService candidates) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reference = ProcessBusinessKey.of(execution);
        CheckOutcome outcome = candidates.check(reference);
        execution.setVariable("filedInTime", outcome.filedInTime());
        execution.setVariable("selfNominated", outcome.selfNominated());
        execution.setVariable("decisionDueAt", Date.from(outcome.decisionDueAt()));
        execution.setVariable("escalateAt", Date.from(outcome.escalateAt()));
        execution.setVariable("ballotClosesAt", Date.from(outcome.ballotClosesAt()));
        execution.setVariable("checklistSummary", outcome.checklistSummary());
        SpinJsonNode options = Spin.JSON("[]");
        for (RefusalGround ground : candidates.refusalGrounds(reference)) {
            options.append(Spin.JSON("{}").prop("label", ground.text()).prop("value", ground.code()));
        }
        execution.setVariable("refusalGroundOptions", SpinValues.jsonValue(options.toString()).create());
    }
}
