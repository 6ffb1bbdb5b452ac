package kz.election.noconfidence.process;

import java.util.Date;
import kz.election.noconfidence.MotionService;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the term on the election's result and hands the commission's task the proposed day and its deadline. */
@Component("endAkimTerm")
class EndAkimTermDelegate implements JavaDelegate {

    private final MotionService motions;

    EndAkimTermDelegate(MotionService motions) {
        this.motions = motions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessBusinessKey.of(execution);
        MotionService.EarlyElectionPlan plan = motions.endTerm(number, execution.getProcessInstanceId());
        execution.setVariable("proposedElectionDay", plan.proposedElectionDay().toString());
        execution.setVariable("electionDay", plan.proposedElectionDay().toString());
        execution.setVariable("callDueAt", Date.from(plan.callDueAt()));
        execution.setVariable("callEscalateAt", Date.from(plan.escalateAt()));
        execution.setVariable("motionSummary", motions.summary(number));
    }
}
