package kz.election.complaint.process;

import kz.election.complaint.ComplainantRole;
import kz.election.complaint.Complaint;
import kz.election.complaint.ComplaintRequest;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintSubject;
import kz.election.complaint.ComplaintVariables;
import kz.election.platform.EngineUsers;
import kz.election.platform.PersonalDataHistory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files what the Tasklist start form "File a complaint" submitted; the complaint number becomes the business key. */
@Component("recordComplaint")
class RecordComplaintDelegate implements JavaDelegate {

    private final ComplaintService complaints;
    private final EngineUsers engineUsers;

    RecordComplaintDelegate(ComplaintService complaints, EngineUsers engineUsers) {
        this.complaints = complaints;
        this.engineUsers = engineUsers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ComplaintRequest request = new ComplaintRequest(
                FormValues.text(execution.getVariable(ComplaintVariables.ELECTION_NUMBER)),
                FormValues.choice("complainantRole", execution.getVariable("complainantRole"), ComplainantRole.class,
                        ComplainantRole::valueOf),
                FormValues.text(execution.getVariable("complainantName")),
                FormValues.text(execution.getVariable("complainantEmail")),
                FormValues.text(execution.getVariable("complainantLanguage")),
                FormValues.choice("subject", execution.getVariable("subject"), ComplaintSubject.class,
                        ComplaintSubject::valueOf),
                FormValues.text(execution.getVariable("subjectReference")),
                FormValues.date("actDate", execution.getVariable("actDate")),
                FormValues.text(execution.getVariable("text")));
        Complaint complaint = complaints.file(request, FormValues.actor(engineUsers, execution.getVariable("recordedBy")));
        execution.setProcessBusinessKey(complaint.complaintNumber());
        execution.setVariable(ComplaintVariables.COMPLAINT_NUMBER, complaint.complaintNumber());
        execution.setVariable(ComplaintVariables.ELECTION_NUMBER, complaint.electionNumber());
        // the row holds them now, seen only by who decides on it; the instance keeps the complaint number
        execution.removeVariables(PersonalDataHistory.COMPLAINANT_FIELDS);
    }
}
