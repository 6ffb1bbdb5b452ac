package kz.election.conduct.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.candidate.NominationRequest;
import kz.election.conduct.ElectionProgress;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.PersonalDataHistory;
import kz.election.platform.ProcessBusinessKey;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Files what the form "Record the higher akim's nominees" holds: nominee 1, and nominee 2 when the
 * second is ticked, each with the fields of the nomination form prefixed nominee1/nominee2.
 */
@Component(ElectionModel.Elements.NOMINATE_BY_HIGHER_AKIM)
class NominateByHigherAkim implements TaskListener {

    private final ElectionProgress progress;
    private final EngineUsers engineUsers;

    NominateByHigherAkim(ElectionProgress progress, EngineUsers engineUsers) {
        this.progress = progress;
        this.engineUsers = engineUsers;
    }

    @Override
    public void notify(DelegateTask task) {
        List<NominationRequest> nominees = new ArrayList<>();
        nominees.add(nominee(task, "nominee1"));
        if (FormValues.flag(task.getVariable(ElectionModel.Variables.SECOND_NOMINEE))) {
            nominees.add(nominee(task, "nominee2"));
        }
        progress.nominateByHigherAkim(ProcessBusinessKey.of(task), nominees,
                FormValues.text(task.getVariable(ElectionModel.Variables.HIGHER_AKIM)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        // the nominations hold them now; the election's instance keeps none of them
        task.getExecution().removeVariables(PersonalDataHistory.HIGHER_AKIM_NOMINEE_FIELDS);
    }

    private static NominationRequest nominee(DelegateTask task, String prefix) {
        Map<String, LocalDate> documents = new LinkedHashMap<>();
        LocalDate receivedOn = FormValues.date(prefix + "DocumentsReceivedOn",
                task.getVariable(prefix + "DocumentsReceivedOn"));
        strings(task.getVariable(prefix + "Documents")).forEach(code -> documents.put(code, receivedOn));
        NominationType type = FormValues.choice(prefix + "NominationType",
                task.getVariable(prefix + "NominationType"), NominationType.class);
        Object signatures = task.getVariable(prefix + "SignaturesSubmitted");
        return new NominationRequest(
                FormValues.text(task.getVariable(prefix + "FullName")),
                FormValues.text(task.getVariable(prefix + "Iin")),
                FormValues.date(prefix + "BirthDate", task.getVariable(prefix + "BirthDate")),
                FormValues.text(task.getVariable(prefix + "Citizenship")),
                FormValues.text(task.getVariable(prefix + "Address")),
                FormValues.text(task.getVariable(prefix + "Email")),
                FormValues.text(task.getVariable(prefix + "Language")),
                type,
                FormValues.text(task.getVariable(prefix + "PartyName")),
                documents,
                FormValues.integer(prefix + "SignaturesSubmitted", signatures),
                FormValues.text(task.getVariable(prefix + "DepositReceipt")),
                FormValues.flag(task.getVariable(prefix + "LegalCapacityDeclared")),
                FormValues.flag(task.getVariable(prefix + "NoCriminalRecordDeclared")),
                FormValues.flag(task.getVariable(prefix + "NoCorruptionOffenceDeclared")));
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
