package kz.election.precinct.process;

import java.util.Date;
import kz.election.model.PrecinctCountModel;
import kz.election.precinct.CountDeadlines;
import kz.election.precinct.CountVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fixes when the protocol is due and when the commission is warned; the entry's timers read them. */
@Component(PrecinctCountModel.Elements.FIX_COUNT_DEADLINE)
record FixCountDeadline(CountDeadlines deadlines) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CountVariables.Count count = CountVariables.countOf(execution);
        CountDeadlines.EntryDeadline deadline = deadlines.fixForVersionToEnter(count.election(), count.precinct());
        execution.setVariable(CountVariables.COUNT_DUE_AT, Date.from(deadline.dueAt()));
        execution.setVariable(CountVariables.COUNT_ESCALATE_AT, Date.from(deadline.escalateAt()));
    }
}
