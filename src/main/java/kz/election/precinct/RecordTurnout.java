package kz.election.precinct;

import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records a turnout report as its task completes; a report the rules refuse (an unknown hour, a number
 * above the voters on the list or below an earlier report) fails the completion with the field named,
 * and the task stays open.
 */
@Component("recordTurnout")
class RecordTurnout implements TaskListener {

    private final TurnoutService turnout;
    private final EngineUsers users;

    RecordTurnout(TurnoutService turnout, EngineUsers users) {
        this.turnout = turnout;
        this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
        Object ballots = task.getVariable(CountVariables.BALLOTS_ISSUED);
        turnout.record(CountVariables.electionNumber(task), CountVariables.precinctNumber(task),
                (String) task.getVariable(CountVariables.TURNOUT_REPORT_HOUR), CountVariables.whole(ballots),
                users.require("a turnout report"));
    }
}
