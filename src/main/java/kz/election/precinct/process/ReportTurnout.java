package kz.election.precinct.process;

import kz.election.model.PrecinctCountModel;
import kz.election.platform.EngineUsers;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.TurnoutService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records a turnout report as its task completes; a report the rules refuse (an unknown hour, a number
 * above the voters on the list or below an earlier report) fails the completion with the field named,
 * and the task stays open. The precinct comes from the count's business key, the member must be bound
 * to it, and the report time is the one the task was created for (its due date), whatever a completion
 * sends as turnoutReportHour.
 */
@Component(PrecinctCountModel.Elements.REPORT_TURNOUT)
record ReportTurnout(TurnoutService turnout, ProtocolService protocols, EngineUsers users) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        CountVariables.Count count = CountVariables.countOf(task);
        String member = users.require("a turnout report");
        protocols.requireMember(member, count.election(), count.precinct(), "report its turnout");
        turnout.record(count.election(), count.precinct(), turnout.hourDueAt(count.election(), count.precinct(), task.getDueDate()),
                CountVariables.whole(task.getVariable(CountVariables.BALLOTS_ISSUED)), member);
    }
}
