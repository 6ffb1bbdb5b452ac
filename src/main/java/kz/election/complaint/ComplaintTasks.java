package kz.election.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import kz.election.common.ConflictException;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.model.ComplaintModel;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint's tasks as integrations work them over REST: a decision posted by a complaints officer
 * completes the same Tasklist task a person would, so validation, the remedy and the mails run exactly
 * as on the diagram. The caller is the engine's authenticated user; the form's field names are the API's.
 */
@Service
@Transactional
public class ComplaintTasks {

    private final TaskService taskService;
    private final ComplaintService complaints;

    public ComplaintTasks(TaskService taskService, ComplaintService complaints) {
        this.taskService = taskService;
        this.complaints = complaints;
    }

    public Complaint decide(String number, String decision, String reasons, Remedy remedy) {
        if (ComplaintDecision.DISMISS.equals(decision) && remedy != null) {
            throw new InvalidInputException(Remedy.KIND, "a dismissed complaint orders no remedy; leave the remedy fields out");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintVariables.DECISION, decision);
        variables.put(ComplaintVariables.REASONS, reasons);
        putRemedy(variables, remedy);
        return complete(number, ComplaintModel.Elements.REVIEW_COMPLAINT, "a decision", variables);
    }

    /** An officer's decision on a complaint filed after the filing term: ADMIT or INADMISSIBLE, with reasons. */
    public Complaint admitLate(String number, String admission, String reasons) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintModel.Variables.ADMISSION, admission);
        variables.put(ComplaintModel.Variables.ADMISSION_REASONS, reasons);
        return complete(number, ComplaintModel.Elements.DECIDE_LATE_COMPLAINT, "an admission decision", variables);
    }

    public Complaint appeal(String number, String courtName, LocalDate appealedOn, String caseNumber) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintVariables.COURT_NAME, courtName);
        variables.put(ComplaintVariables.APPEALED_ON, appealedOn == null ? null : appealedOn.toString());
        variables.put(ComplaintVariables.CASE_NUMBER, caseNumber);
        return complete(number, ComplaintModel.Elements.RECORD_COURT_APPEAL, "a court appeal", variables);
    }

    public Complaint ruling(String number, String ruling, LocalDate ruledOn, String summary, Remedy remedy) {
        if (CourtRuling.UPHELD_DECISION.name().equals(ruling) && remedy != null) {
            throw new InvalidInputException(Remedy.KIND, "a ruling that upholds the decision orders no remedy; leave the remedy fields out");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintVariables.RULING, ruling);
        variables.put(ComplaintVariables.RULED_ON, ruledOn == null ? null : ruledOn.toString());
        variables.put(ComplaintVariables.RULING_SUMMARY, summary);
        putRemedy(variables, remedy);
        return complete(number, ComplaintModel.Elements.RECORD_COURT_RULING, "a court ruling", variables);
    }

    private Complaint complete(String number, String taskKey, String what, Map<String, Object> variables) {
        Complaint complaint = complaints.byNumber(number);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new ConflictException("complaint " + number + " is " + complaint.status() + ": it waits for no "
                    + what.substring(what.indexOf(' ') + 1));
        }
        try {
            taskService.complete(task.getId(), variables);
        } catch (ProcessEngineException e) {
            throw domainCause(e);
        }
        return complaints.byNumber(number);
    }

    private static void putRemedy(Map<String, Object> variables, Remedy remedy) {
        variables.put(Remedy.KIND, remedy == null || remedy.kind() == null ? null : remedy.kind().name());
        variables.put(Remedy.PRECINCT, remedy == null ? null : remedy.precinctNumber());
        variables.put(Remedy.NOMINATION, remedy == null ? null : remedy.nominationReference());
        variables.put(Remedy.GROUND, remedy == null ? null : remedy.groundCode());
    }

    /** The engine wraps a task listener's exception; the caller is owed the domain's own answer (400, 404, 409). */
    private static RuntimeException domainCause(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException
                    || cause instanceof NotFoundException) {
                return (RuntimeException) cause;
            }
        }
        return e;
    }
}
