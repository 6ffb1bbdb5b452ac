package kz.election.conduct.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.candidate.NominationRequest;
import kz.election.conduct.ElectionProgress;
import kz.election.platform.EngineUsers;
import kz.election.platform.PersonalDataHistory;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Files what the form "Record the higher akim's nominees" holds: nominee 1, and nominee 2 when the
 * second is ticked, each with the fields of the nomination form prefixed nominee1/nominee2.
 */
@Component("recordHigherAkimNominees")
class HigherAkimNominationListener implements TaskListener {

    private final ElectionProgress progress;
    private final EngineUsers engineUsers;

    HigherAkimNominationListener(ElectionProgress progress, EngineUsers engineUsers) {
        this.progress = progress;
        this.engineUsers = engineUsers;
    }

    @Override
    public void notify(DelegateTask task) {
        List<NominationRequest> nominees = new ArrayList<>();
        nominees.add(nominee(task, "nominee1"));
        if (ElectionVariables.flag(task.getVariable("secondNominee"))) {
            nominees.add(nominee(task, "nominee2"));
        }
        progress.nominateByHigherAkim(ElectionVariables.electionNumber(task.getExecution()), nominees,
                ElectionVariables.text(task.getVariable("higherAkim")),
                Actor.ofTask(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        // the nominations hold them now; the election's instance keeps none of them
        task.getExecution().removeVariables(PersonalDataHistory.HIGHER_AKIM_NOMINEE_FIELDS);
    }

    private static NominationRequest nominee(DelegateTask task, String prefix) {
        Map<String, LocalDate> documents = new LinkedHashMap<>();
        LocalDate receivedOn = ElectionVariables.date(prefix + "DocumentsReceivedOn",
                task.getVariable(prefix + "DocumentsReceivedOn"));
        strings(task.getVariable(prefix + "Documents")).forEach(code -> documents.put(code, receivedOn));
        NominationType type = ElectionVariables.choice(prefix + "NominationType",
                task.getVariable(prefix + "NominationType"), NominationType.class);
        Object signatures = task.getVariable(prefix + "SignaturesSubmitted");
        return new NominationRequest(
                ElectionVariables.text(task.getVariable(prefix + "FullName")),
                ElectionVariables.text(task.getVariable(prefix + "Iin")),
                ElectionVariables.date(prefix + "BirthDate", task.getVariable(prefix + "BirthDate")),
                ElectionVariables.text(task.getVariable(prefix + "Citizenship")),
                ElectionVariables.text(task.getVariable(prefix + "Address")),
                ElectionVariables.text(task.getVariable(prefix + "Email")),
                ElectionVariables.text(task.getVariable(prefix + "Language")),
                type,
                ElectionVariables.text(task.getVariable(prefix + "PartyName")),
                documents,
                signatures == null || signatures.toString().isBlank() ? null : ElectionVariables.integer(signatures),
                ElectionVariables.text(task.getVariable(prefix + "DepositReceipt")),
                ElectionVariables.flag(task.getVariable(prefix + "LegalCapacityDeclared")),
                ElectionVariables.flag(task.getVariable(prefix + "NoCriminalRecordDeclared")),
                ElectionVariables.flag(task.getVariable(prefix + "NoCorruptionOffenceDeclared")));
    }

    /** A checklist arrives as a JSON array (Spin), a list, or comma-separated text. */
    static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof org.camunda.spin.json.SpinJsonNode node && node.isArray()) {
            node.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (value instanceof java.util.Collection<?> collection) {
            collection.forEach(e -> result.add(String.valueOf(e)));
        } else if (value instanceof String text && !text.isBlank()) {
            if (text.strip().startsWith("[")) {
                return strings(org.camunda.spin.Spin.JSON(text));
            }
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }
}
