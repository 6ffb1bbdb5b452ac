package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Elements.RECORD_NOMINATION;
import static kz.election.model.CandidateRegistrationModel.Variables.ADDRESS;
import static kz.election.model.CandidateRegistrationModel.Variables.BIRTH_DATE;
import static kz.election.model.CandidateRegistrationModel.Variables.CITIZENSHIP;
import static kz.election.model.CandidateRegistrationModel.Variables.DEPOSIT_RECEIPT;
import static kz.election.model.CandidateRegistrationModel.Variables.DOCUMENTS;
import static kz.election.model.CandidateRegistrationModel.Variables.DOCUMENTS_RECEIVED_ON;
import static kz.election.model.CandidateRegistrationModel.Variables.ELECTION_NUMBER;
import static kz.election.model.CandidateRegistrationModel.Variables.EMAIL;
import static kz.election.model.CandidateRegistrationModel.Variables.FULL_NAME;
import static kz.election.model.CandidateRegistrationModel.Variables.IIN;
import static kz.election.model.CandidateRegistrationModel.Variables.LANGUAGE;
import static kz.election.model.CandidateRegistrationModel.Variables.LEGAL_CAPACITY_DECLARED;
import static kz.election.model.CandidateRegistrationModel.Variables.NOMINATION_TYPE;
import static kz.election.model.CandidateRegistrationModel.Variables.NO_CORRUPTION_OFFENCE_DECLARED;
import static kz.election.model.CandidateRegistrationModel.Variables.NO_CRIMINAL_RECORD_DECLARED;
import static kz.election.model.CandidateRegistrationModel.Variables.PARTY_NAME;
import static kz.election.model.CandidateRegistrationModel.Variables.SIGNATURES_SUBMITTED;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRequest;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.PersonalDataHistory;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files what the Tasklist start form "File nomination" submitted; the reference number becomes the business key. */
@Component(RECORD_NOMINATION)
record RecordNomination(NominationFiling filing, EngineUsers engineUsers) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, LocalDate> documents = new LinkedHashMap<>();
        LocalDate receivedOn = FormValues.date(DOCUMENTS_RECEIVED_ON, execution.getVariable(DOCUMENTS_RECEIVED_ON));
        FormLists.strings(execution.getVariable(DOCUMENTS)).forEach(code -> documents.put(code, receivedOn));
        NominationRequest request = new NominationRequest(
                FormValues.text(execution.getVariable(FULL_NAME)),
                FormValues.text(execution.getVariable(IIN)),
                FormValues.date(BIRTH_DATE, execution.getVariable(BIRTH_DATE)),
                FormValues.text(execution.getVariable(CITIZENSHIP)),
                FormValues.text(execution.getVariable(ADDRESS)),
                FormValues.text(execution.getVariable(EMAIL)),
                FormValues.text(execution.getVariable(LANGUAGE)),
                FormValues.choice(NOMINATION_TYPE, execution.getVariable(NOMINATION_TYPE), NominationType.class),
                FormValues.text(execution.getVariable(PARTY_NAME)),
                documents,
                FormValues.integer(SIGNATURES_SUBMITTED, execution.getVariable(SIGNATURES_SUBMITTED)),
                FormValues.text(execution.getVariable(DEPOSIT_RECEIPT)),
                FormValues.flag(execution.getVariable(LEGAL_CAPACITY_DECLARED)),
                FormValues.flag(execution.getVariable(NO_CRIMINAL_RECORD_DECLARED)),
                FormValues.flag(execution.getVariable(NO_CORRUPTION_OFFENCE_DECLARED)));
        Nomination nomination = filing.file(FormValues.text(execution.getVariable(ELECTION_NUMBER)), request,
                FormValues.actor(engineUsers, execution.getVariable(FormValues.RECORDED_BY)));
        execution.setProcessBusinessKey(nomination.referenceNumber());
        execution.setVariable(NominationFiling.NOMINATION_REFERENCE, nomination.referenceNumber());
        // the row holds them now, seen only by who decides on it; the instance keeps the reference
        execution.removeVariables(PersonalDataHistory.NOMINEE_FIELDS);
    }
}
