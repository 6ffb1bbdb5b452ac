package kz.election.noconfidence.process;

import kz.election.noconfidence.MotionService;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the admissibility rules; the gateway reads {@code admissible}, the vote form {@code motionSummary}. */
@Component("checkAdmissibility")
class CheckAdmissibilityDelegate implements JavaDelegate {

    private final MotionService motions;

    CheckAdmissibilityDelegate(MotionService motions) {
        this.motions = motions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessBusinessKey.of(execution);
        execution.setVariable("admissible", motions.checkAdmissibility(number, execution.getProcessInstanceId()));
        execution.setVariable("motionSummary", motions.summary(number));
        execution.setVariable("deputiesTotal", motions.byNumber(number).deputiesTotal());
    }
}
