package kz.election.noconfidence.process;

/** The case a step acts on: its process's business key, the motion (or appeal) number. */
final class ProcessKeys {

    private ProcessKeys() {
    }

    /**
     * The process's business key: the identity every step acts on. A variable of the same meaning is
     * there for the forms; a task completion can overwrite it, so no step reads it (issue 16).
     */
    static String businessKey(org.camunda.bpm.engine.delegate.VariableScope scope) {
        String key = scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task
                ? task.getExecution().getProcessBusinessKey()
                : scope instanceof org.camunda.bpm.engine.delegate.DelegateExecution execution
                ? execution.getProcessBusinessKey() : null;
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("this step needs the process's business key; the process has none");
        }
        return key;
    }
}
