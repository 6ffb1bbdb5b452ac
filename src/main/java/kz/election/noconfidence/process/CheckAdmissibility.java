package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.MotionService;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the admissibility rules; the gateway reads {@code admissible}, the vote form {@code motionSummary}. */
@Component(Elements.CHECK_ADMISSIBILITY)
record CheckAdmissibility(MotionService motions) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        MotionService.Admissibility result = motions.checkAdmissibility(ProcessBusinessKey.of(execution),
                execution.getProcessInstanceId());
        execution.setVariable(Variables.ADMISSIBLE, result.admissible());
        execution.setVariable(Variables.MOTION_SUMMARY, result.summary());
        execution.setVariable(Variables.DEPUTIES_TOTAL, result.deputiesTotal());
    }
}
