package kz.election.noconfidence.process;

import java.util.Date;
import kz.election.model.NoConfidenceModel.Elements;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.MotionService;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the term on the election's result and hands the commission's task the proposed day and its deadline. */
@Component(Elements.END_AKIM_TERM)
record EndAkimTerm(MotionService motions) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        MotionService.EarlyElectionPlan plan = motions.endTerm(ProcessBusinessKey.of(execution),
                execution.getProcessInstanceId());
        execution.setVariable(Variables.PROPOSED_ELECTION_DAY, plan.proposedElectionDay().toString());
        execution.setVariable(Variables.ELECTION_DAY, plan.proposedElectionDay().toString());
        execution.setVariable(Variables.CALL_DUE_AT, Date.from(plan.callDueAt()));
        execution.setVariable(Variables.CALL_ESCALATE_AT, Date.from(plan.escalateAt()));
        execution.setVariable(Variables.MOTION_SUMMARY, plan.summary());
    }
}
