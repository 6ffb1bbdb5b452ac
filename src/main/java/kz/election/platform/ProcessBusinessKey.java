package kz.election.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The identity every step acts on: its process's business key (the election number, the nomination
 * reference, the complaint or motion number). A variable of the same meaning may be there for a form
 * to show; a task completion could have written it, so no step reads it.
 */
public final class ProcessBusinessKey {

    private ProcessBusinessKey() {
    }

    /** The business key of the process that {@code scope} (a delegate's execution or a listener's task) runs in. */
    public static String of(VariableScope scope) {
        String key = scope instanceof DelegateTask task ? task.getExecution().getProcessBusinessKey()
                : scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("this step needs the process's business key; the process has none");
        }
        return key;
    }
}
