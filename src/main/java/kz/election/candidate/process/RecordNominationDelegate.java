package kz.election.candidate.process;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.election.candidate.CandidateService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRequest;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.platform.EngineUsers;
import kz.election.platform.PersonalDataHistory;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files what the Tasklist start form "File nomination" submitted; the reference number becomes the business key. */
@Component("recordNomination")
class RecordNominationDelegate implements JavaDelegate {

    private final CandidateService candidates;
    private final EngineUsers engineUsers;

    RecordNominationDelegate(CandidateService candidates, EngineUsers engineUsers) {
        this.candidates = candidates;
        this.engineUsers = engineUsers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String electionNumber = Variables.text(execution.getVariable("electionNumber"));
        Map<String, LocalDate> documents = new LinkedHashMap<>();
        LocalDate receivedOn = date("documentsReceivedOn", execution.getVariable("documentsReceivedOn"));
        Variables.strings(execution.getVariable("documents")).forEach(code -> documents.put(code, receivedOn));
        String type = Variables.text(execution.getVariable("nominationType"));
        NominationRequest request = new NominationRequest(
                Variables.text(execution.getVariable("fullName")),
                Variables.text(execution.getVariable("iin")),
                date("birthDate", execution.getVariable("birthDate")),
                Variables.text(execution.getVariable("citizenship")),
                Variables.text(execution.getVariable("address")),
                Variables.text(execution.getVariable("email")),
                Variables.text(execution.getVariable("language")),
                Variables.choice("nominationType", type, NominationType.class),
                Variables.text(execution.getVariable("partyName")),
                documents,
                Variables.integer("signaturesSubmitted", execution.getVariable("signaturesSubmitted")),
                Variables.text(execution.getVariable("depositReceipt")),
                Variables.flag(execution.getVariable("legalCapacityDeclared")),
                Variables.flag(execution.getVariable("noCriminalRecordDeclared")),
                Variables.flag(execution.getVariable("noCorruptionOffenceDeclared")));
        Nomination nomination = candidates.file(electionNumber, request,
                Actor.of(engineUsers, execution.getVariable("recordedBy")));
        execution.setProcessBusinessKey(nomination.referenceNumber());
        execution.setVariable(Variables.REFERENCE, nomination.referenceNumber());
        // the row holds them now, seen only by who decides on it; the instance keeps the reference
        execution.removeVariables(PersonalDataHistory.NOMINEE_FIELDS);
    }

    private static LocalDate date(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.ofHours(5));
        }
        try {
            return LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(java.util.List.of(new FieldViolation(field, "write the date as YYYY-MM-DD")));
        }
    }
}
