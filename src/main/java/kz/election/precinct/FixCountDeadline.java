package kz.election.precinct;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fixes when the protocol is due and when the commission is warned; the entry's timers read them. */
@Component("fixCountDeadline")
class FixCountDeadline implements JavaDelegate {

    private final CountDeadlines deadlines;

    FixCountDeadline(CountDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CountDeadlines.EntryDeadline deadline = deadlines.fix(CountVariables.electionNumber(execution),
                CountVariables.precinctNumber(execution),
                ((Number) execution.getVariable(CountVariables.PROTOCOL_VERSION)).intValue());
        execution.setVariable(CountVariables.COUNT_DUE_AT, Date.from(deadline.dueAt()));
        execution.setVariable(CountVariables.COUNT_ESCALATE_AT, Date.from(deadline.escalateAt()));
    }
}
