package kz.election.candidate;

import static kz.election.model.CandidateRegistrationModel.Elements.REVIEW_NOMINATION;
import static kz.election.model.CandidateRegistrationModel.Messages.CANDIDATE_DEREGISTRATION;
import static kz.election.model.CandidateRegistrationModel.Messages.CANDIDATE_REINSTATEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.common.ConflictException;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.UpheldComplaints;
import kz.election.election.ElectionService;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At the steps of candidate-registration.bpmn: a deregistration or a reinstatement
 * runs only on the stored decision that orders it for that nomination, whoever sends the message, and
 * is recorded with the decision's reasons and the officer who decided.
 */
@ElectionTest
class CandidateRemedyTrustTest {

    static final GreenMail smtp = TestSmtp.server();

    @Autowired
    NominationRepository candidates;
    @Autowired
    NominationFiling filing;
    @Autowired
    CandidacyChanges changes;
    @Autowired
    ElectionService elections;
    @Autowired
    UpheldComplaints complaints;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @Test
    void aDeregistrationWithoutAnUpheldComplaintOrderingItForThatNomineeAndGroundIsRefused() {
        String election = KosshyElection.announce(elections, "trust deregistration");
        String reference = registered(election, "Amanat");
        String other = registered(election, "Auyl");
        String forOther = complaints.upheld(election, new Remedy(RemedyKind.DEREGISTER, null, other, "COURT_DECISION"));
        String otherGround = complaints.upheld(election, new Remedy(RemedyKind.DEREGISTER, null, reference,
                groundOtherThan(reference, "COURT_DECISION")));

        for (String complaint : new String[] {null, election + "-C999", forOther, otherGround}) {
            assertThatThrownBy(() -> deregister(reference, complaint))
                    .as("complaint %s", complaint)
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("Refused: DEREGISTER " + reference + " (COURT_DECISION)");
        }
        assertThat(candidates.byReference(reference).status()).isEqualTo(NominationStatus.REGISTERED);

        String upheld = complaints.upheld(election, new Remedy(RemedyKind.DEREGISTER, null, reference, "COURT_DECISION"));
        deregister(reference, upheld);
        Nomination deregistered = candidates.byReference(reference);
        assertThat(deregistered.status()).isEqualTo(NominationStatus.DEREGISTERED);
        // the decision's reasons and officer, not the message's text and sender
        assertThat(deregistered.deregistrationReason()).isEqualTo("Complaint " + upheld + " upheld: The act was unlawful.");
    }

    @Test
    void aReinstatementWithoutAnUpheldComplaintOrderingItForThatNomineeIsRefused() {
        String election = KosshyElection.announce(elections, "trust reinstatement");
        String reference = refused(election, "Amanat");
        String dismissed = complaints.dismissed(election);

        for (String complaint : new String[] {null, election + "-C999", dismissed}) {
            assertThatThrownBy(() -> reinstate(reference, complaint))
                    .as("complaint %s", complaint)
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("Refused: REINSTATE " + reference);
        }
        assertThat(candidates.byReference(reference).status()).isEqualTo(NominationStatus.REFUSED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();

        String upheld = complaints.upheld(election, new Remedy(RemedyKind.REINSTATE, null, reference, null));
        reinstate(reference, upheld);
        Nomination reinstated = candidates.byReference(reference);
        assertThat(reinstated.status()).isEqualTo(NominationStatus.REGISTERED);
        assertThat(reinstated.decidedBy()).isEqualTo(UpheldComplaints.OFFICER);
    }

    @Test
    void aReviewDecisionThatNamesAnotherNominationIsRecordedOnTheTasksOwnNomination() {
        String election = KosshyElection.announce(elections, "trust review");
        String first = nominate(election, "Amanat");
        String second = nominate(election, "Auyl");

        Task review = taskService.createTaskQuery().processInstanceId(instance(first))
                .taskDefinitionKey(REVIEW_NOMINATION).singleResult();
        taskService.claim(review.getId(), "demo-tec");
        taskService.complete(review.getId(), Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true, "nominationReference", second));

        assertThat(candidates.byReference(first).status()).isEqualTo(NominationStatus.REGISTERED);
        assertThat(candidates.byReference(second).status()).isNotEqualTo(NominationStatus.REGISTERED);
    }

    private void deregister(String reference, String complaint) {
        MessageCorrelationBuilder message = runtimeService.createMessageCorrelation(CANDIDATE_DEREGISTRATION)
                .processInstanceBusinessKey(reference)
                .setVariable("deregistrationGround", "COURT_DECISION")
                .setVariable("deregistrationReason", "sent by hand")
                .setVariable("recordedBy", "someone");
        if (complaint != null) {
            message.setVariable("complaintNumber", complaint);
        }
        message.correlateWithResult();
    }

    private void reinstate(String reference, String complaint) {
        MessageCorrelationBuilder message = runtimeService.createMessageCorrelation(CANDIDATE_REINSTATEMENT)
                .processInstanceBusinessKey(reference).setVariable("recordedBy", "someone");
        if (complaint != null) {
            message.setVariable("complaintNumber", complaint);
        }
        message.correlateStartMessage();
    }

    private String groundOtherThan(String reference, String ground) {
        return changes.deregistrationGrounds(reference).stream().map(RefusalGround::code)
                .filter(code -> !code.equals(ground)).findFirst().orElseThrow();
    }

    private String registered(String election, String party) {
        String reference = nominate(election, party);
        KosshyElection.register(taskService, instance(reference));
        runJobs(reference);
        return reference;
    }

    private String refused(String election, String party) {
        String reference = nominate(election, party);
        Task review = taskService.createTaskQuery().processInstanceId(instance(reference))
                .taskDefinitionKey(REVIEW_NOMINATION).singleResult();
        taskService.claim(review.getId(), "demo-tec");
        taskService.complete(review.getId(), Map.of("decision", "REFUSE", "groundCodes", List.of("INCOMPLETE_DOCUMENTS"),
                "reasoning", "The tax certificate was missing."));
        runJobs(reference);
        return reference;
    }

    private String nominate(String election, String party) {
        // one person per party: a birth date (and so an IIN) of their own
        java.time.LocalDate born = java.time.LocalDate.of(1978, 1 + Math.floorMod(party.hashCode(), 12), 10);
        java.util.Map<String, java.time.LocalDate> documents = new java.util.HashMap<>();
        CandidateRegistrationProcessTest.PARTY_DOCUMENTS.forEach(code -> documents.put(code,
                java.time.LocalDate.parse("2026-08-10")));
        String reference = filing.nominate(election, new NominationRequest(party + " nominee",
                Nominations.iinBornOn(born), born, "KZ", "Kosshy, 1 Abai street", "candidate@example.kz", "ru",
                NominationType.PARTY, party, documents, 0, null, true, true, true), "demo-tec").referenceNumber();
        runJobs(reference);
        return reference;
    }

    private String instance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    }

    private void runJobs(String reference) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .stream().flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId())
                            .executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
