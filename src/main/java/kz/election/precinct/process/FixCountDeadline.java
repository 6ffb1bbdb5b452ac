package kz.election.precinct.process;

import java.util.Date;
import kz.election.precinct.CountDeadlines;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fixes when the protocol is due and when the commission is warned; the entry's timers read them. */
@Component("fixCountDeadline")
class FixCountDeadline implements JavaDelegate {

    private final CountDeadlines deadlines;
    private final ProtocolService protocols;

    FixCountDeadline(CountDeadlines deadlines, ProtocolService protocols) {
        this.deadlines = deadlines;
        this.protocols = protocols;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String election = CountVariables.electionNumber(execution);
        int precinct = CountVariables.precinctNumber(execution);
        CountDeadlines.EntryDeadline deadline = deadlines.fix(election, precinct,
                protocols.versionToEnter(election, precinct));
        execution.setVariable(CountVariables.COUNT_DUE_AT, Date.from(deadline.dueAt()));
        execution.setVariable(CountVariables.COUNT_ESCALATE_AT, Date.from(deadline.escalateAt()));
    }
}
