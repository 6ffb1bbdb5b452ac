package kz.election.conduct.process;

import java.time.OffsetDateTime;
import kz.election.common.ElectionTime;
import kz.election.conduct.ElectionSchedule;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Marks an escalation's own path with the deadline it is about, from the flow leaving its timer:
 * {@code ${deadlineEscalation.mark(execution, 'resultDeadline', 'establishResult')}} (the task still open
 * before the deadline, or '' when the calendar itself moves on). The mail and the supervisors' task read it.
 */
@Component("deadlineEscalation")
public class DeadlineEscalation {

    private final ElectionSchedule schedule;

    DeadlineEscalation(ElectionSchedule schedule) {
        this.schedule = schedule;
    }

    public void mark(DelegateExecution execution, String deadlineKey, String taskKey) {
        String number = ProcessBusinessKey.of(execution);
        execution.setVariableLocal(ElectionVariables.ESCALATED_DEADLINE, deadlineKey);
        execution.setVariableLocal(ElectionVariables.ESCALATED_DEADLINE_NAME, schedule.deadlineName(number, deadlineKey));
        execution.setVariableLocal(ElectionVariables.ESCALATED_DUE_AT, schedule.at(number, deadlineKey));
        // in the election's zone with its offset named: a 2023 deadline in the east reads UTC+6
        OffsetDateTime due = schedule.deadline(number, deadlineKey);
        execution.setVariableLocal(ElectionVariables.ESCALATED_DUE_AT_TEXT,
                due.toLocalDateTime().toString().replace('T', ' ') + " (" + ElectionTime.utc(due.getOffset()) + ")");
        execution.setVariableLocal(ElectionVariables.ESCALATED_TASK, FormValues.text(taskKey));
    }
}
