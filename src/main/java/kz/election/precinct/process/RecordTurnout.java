package kz.election.precinct.process;

import java.util.Date;
import kz.election.platform.EngineUsers;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.TurnoutRules;
import kz.election.precinct.TurnoutService;
import org.camunda.bpm.engine.AuthorizationException;
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
@Component("recordTurnout")
class RecordTurnout implements TaskListener {

    private final TurnoutService turnout;
    private final ProtocolService protocols;
    private final EngineUsers users;

    RecordTurnout(TurnoutService turnout, ProtocolService protocols, EngineUsers users) {
        this.turnout = turnout;
        this.protocols = protocols;
        this.users = users;
    }

    @Override
    public void notify(DelegateTask task) {
        String election = CountVariables.electionNumber(task);
        int precinct = CountVariables.precinctNumber(task);
        String member = users.require("a turnout report");
        if (!protocols.isAssigned(member, election, precinct)) {
            throw new AuthorizationException(member + " is not a member of precinct " + precinct + " of election "
                    + election + " and cannot report its turnout");
        }
        Object ballots = task.getVariable(CountVariables.BALLOTS_ISSUED);
        turnout.record(election, precinct, hourOf(task, election), CountVariables.whole(ballots), member);
    }

    /** The report time whose due date the task was created with (countSchedule.reportDueAt in the model). */
    private String hourOf(DelegateTask task, String election) {
        Date due = task.getDueDate();
        return turnout.schedule(election).stream()
                .filter(slot -> due != null && slot.dueAt().toInstant().equals(due.toInstant()))
                .map(TurnoutRules.Slot::hour).findFirst()
                .orElseThrow(() -> new IllegalStateException("turnout task " + task.getId()
                        + " is due at no report time of election " + election + " (" + due + ")"));
    }
}
