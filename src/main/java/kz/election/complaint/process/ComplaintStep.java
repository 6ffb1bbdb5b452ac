package kz.election.complaint.process;

import java.util.function.Consumer;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A step of complaint.bpmn that is one service call on the process's complaint and sets nothing: the
 * subclass, named after its element, says which call.
 */
abstract class ComplaintStep implements JavaDelegate {

    private final Consumer<String> onComplaint;

    ComplaintStep(Consumer<String> onComplaint) {
        this.onComplaint = onComplaint;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        onComplaint.accept(ProcessBusinessKey.of(execution));
    }
}
