package kz.election.complaint.process;

import static kz.election.model.ComplaintModel.Variables.ACT_DATE;
import static kz.election.model.ComplaintModel.Variables.COMPLAINANT_EMAIL;
import static kz.election.model.ComplaintModel.Variables.COMPLAINANT_LANGUAGE;
import static kz.election.model.ComplaintModel.Variables.COMPLAINANT_NAME;
import static kz.election.model.ComplaintModel.Variables.COMPLAINANT_ROLE;
import static kz.election.model.ComplaintModel.Variables.SUBJECT;
import static kz.election.model.ComplaintModel.Variables.SUBJECT_REFERENCE;
import static kz.election.model.ComplaintModel.Variables.TEXT;

import kz.election.complaint.ComplainantRole;
import kz.election.complaint.Complaint;
import kz.election.complaint.ComplaintRequest;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintSubject;
import kz.election.complaint.ComplaintVariables;
import kz.election.model.ComplaintModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.PersonalDataHistory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files what the Tasklist start form "File a complaint" submitted; the complaint number becomes the business key. */
@Component(ComplaintModel.Elements.RECORD_COMPLAINT)
record RecordComplaint(ComplaintService complaints, EngineUsers engineUsers) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ComplaintRequest request = new ComplaintRequest(
                FormValues.text(execution.getVariable(ComplaintVariables.ELECTION_NUMBER)),
                FormValues.choice(COMPLAINANT_ROLE, execution.getVariable(COMPLAINANT_ROLE), ComplainantRole.class),
                FormValues.text(execution.getVariable(COMPLAINANT_NAME)),
                FormValues.text(execution.getVariable(COMPLAINANT_EMAIL)),
                FormValues.text(execution.getVariable(COMPLAINANT_LANGUAGE)),
                FormValues.choice(SUBJECT, execution.getVariable(SUBJECT), ComplaintSubject.class),
                FormValues.text(execution.getVariable(SUBJECT_REFERENCE)),
                FormValues.date(ACT_DATE, execution.getVariable(ACT_DATE)),
                FormValues.text(execution.getVariable(TEXT)));
        Complaint complaint = complaints.file(request,
                FormValues.actor(engineUsers, execution.getVariable(FormValues.RECORDED_BY)));
        execution.setProcessBusinessKey(complaint.complaintNumber());
        execution.setVariable(ComplaintVariables.COMPLAINT_NUMBER, complaint.complaintNumber());
        execution.setVariable(ComplaintVariables.ELECTION_NUMBER, complaint.electionNumber());
        // the row holds them now, seen only by who decides on it; the instance keeps the complaint number
        execution.removeVariables(PersonalDataHistory.COMPLAINANT_FIELDS);
    }
}
