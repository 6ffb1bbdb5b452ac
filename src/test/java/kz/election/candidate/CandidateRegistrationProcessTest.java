package kz.election.candidate;

import static kz.election.model.CandidateRegistrationModel.Elements.BACK_ON_THE_BALLOT;
import static kz.election.model.CandidateRegistrationModel.Elements.CANDIDACY_COMPLETED;
import static kz.election.model.CandidateRegistrationModel.Elements.DECISION_MADE;
import static kz.election.model.CandidateRegistrationModel.Elements.DEREGISTERED;
import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_NOMINATION_RECEIVED;
import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_REFUSAL;
import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_REGISTRATION;
import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_REINSTATEMENT;
import static kz.election.model.CandidateRegistrationModel.Elements.MAIL_REVIEW_ESCALATION;
import static kz.election.model.CandidateRegistrationModel.Elements.ON_THE_BALLOT;
import static kz.election.model.CandidateRegistrationModel.Elements.OVERDUE_RECORDED;
import static kz.election.model.CandidateRegistrationModel.Elements.RECORD_OVERDUE_DECISION;
import static kz.election.model.CandidateRegistrationModel.Elements.REFUSED;
import static kz.election.model.CandidateRegistrationModel.Elements.REFUSE_LATE_NOMINATION;
import static kz.election.model.CandidateRegistrationModel.Elements.REINSTATED_CANDIDACY_COMPLETED;
import static kz.election.model.CandidateRegistrationModel.Elements.REINSTATE_CANDIDATE;
import static kz.election.model.CandidateRegistrationModel.Elements.REVIEW_NOMINATION;
import static kz.election.model.CandidateRegistrationModel.Elements.SUPERVISE_REVIEW;
import static kz.election.model.CandidateRegistrationModel.Elements.VERIFY_SIGNATURES;
import static kz.election.model.CandidateRegistrationModel.Elements.WITHDRAWN;
import static kz.election.model.CandidateRegistrationModel.Messages.CANDIDATE_DEREGISTRATION;
import static kz.election.model.CandidateRegistrationModel.Messages.CANDIDATE_REINSTATEMENT;
import static kz.election.model.CandidateRegistrationModel.Messages.CANDIDATE_WITHDRAWAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.FullProcessCoverage;
import kz.election.SignIn;
import kz.election.audit.DecisionEntry;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.UpheldComplaints;
import kz.election.TestSmtp;
import kz.election.commission.DemoRegister;
import kz.election.common.ConflictException;
import kz.election.common.InvalidInputException;
import kz.election.election.ElectoralCalendar;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.model.CandidateRegistrationModel;
import kz.election.ruleset.Level;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * candidate-registration.bpmn told as stories, one election each, on a real PostgreSQL and GreenMail.
 * After the last story every flow node and sequence flow of the model must have been passed.
 */
@ElectionTest
@FullProcessCoverage(CandidateRegistrationModel.PROCESS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateRegistrationProcessTest {

    static final String PROCESS = CandidateRegistrationModel.PROCESS;
    static final List<String> PARTY_DOCUMENTS = List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION",
            "TAX_CERTIFICATE", "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT");
    static final List<String> SELF_DOCUMENTS = List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION",
            "TAX_CERTIFICATE", "CIVIL_SERVICE_PROOF", "SIGNATURE_SHEETS", "SIGNATURE_VERIFICATION_PROTOCOL");
    static final LocalDate BORN = LocalDate.of(1980, 5, 15);

    static final GreenMail smtp = TestSmtp.server();

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired UpheldComplaints complaints;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired FormService formService;
    @Autowired ElectionService elections;
    @Autowired NominationRepository candidates;
    @Autowired NominationFiling filing;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(processEngine);
        at("2026-08-10T10:00:00+05:00");
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aPartyNomineeIsRegisteredMailedAndStaysOnTheBallotUntilTheWinnerIsRegistered() throws Exception {
        String election = announce("registered");
        ProcessInstance instance = fileParty(election, "Amanat", "ru");

        assertThat(instance).isWaitingAt(MAIL_NOMINATION_RECEIVED);
        executeJob(instance);
        MimeMessage received = onlyMail();
        assertThat(received.getAllRecipients()[0].toString()).endsWith("<candidate@example.kz>");
        assertThat(received.getSubject()).contains(instance.getBusinessKey());
        assertThat(logged(instance.getBusinessKey())).containsExactly("nomination-received/ru/candidate@example.kz");

        assertThat(instance).isWaitingAt(REVIEW_NOMINATION);
        assertThat(task(instance)).hasCandidateGroup("tec-staff");
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-08-15T10:00:00+05:00").toInstant()));
        register(instance);

        assertThat(instance).isWaitingAt(MAIL_REGISTRATION);
        executeJob(instance);
        assertThat(instance).isWaitingAt(ON_THE_BALLOT);
        Nomination registered = candidates.byReference(instance.getBusinessKey());
        assertThat(registered.registrationNumber()).isEqualTo(election + "-C01");
        assertThat(candidates.registeredInOrder(election)).containsExactly(
                new RegisteredCandidate(election + "-C01", "Aigerim Sadykova", "Amanat", 1));
        assertThat(candidates.countNominations(election)).isEqualTo(1);
        assertThat(candidates.countRegistered(election)).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).contains("Akim of");
        assertThat(plainText(smtp.getReceivedMessages()[1])).contains(election + "-C01");

        at("2026-09-21T00:00:00+05:00");
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(CANDIDACY_COMPLETED);
    }

    @Test
    void aRefusalNeedsAGroundAndItsMailArrivesOnceWhenTheMailServerIsBack() throws Exception {
        String election = announce("refusal with grounds");
        ProcessInstance instance = fileParty(election, "Auyl", "en");
        executeJob(instance);

        Task review = task(instance);
        taskService.claim(review.getId(), "demo-tec");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "REFUSE", "reasoning", "No")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("groundCodes");
        assertThat(instance).isWaitingAt(REVIEW_NOMINATION);

        smtp.stop();
        taskService.complete(review.getId(), Map.of("decision", "REFUSE",
                "groundCodes", List.of("FALSE_DECLARATION_DATA"), "reasoning", "The tax certificate contradicts the declared income."));
        assertThat(instance).isWaitingAt(MAIL_REFUSAL);
        Job mail = job(instance);
        assertThatThrownBy(() -> managementService.executeJob(mail.getId()));
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getRetries())
                .isEqualTo(4);

        smtp.start();
        at("2026-08-10T10:06:00+05:00"); // the retry cycle waits 5 minutes
        executeJob(instance);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage refusal = smtp.getReceivedMessages()[0];
        assertThat(refusal.getAllRecipients()[0].toString()).endsWith("<candidate@example.kz>");
        assertThat(refusal.getSubject()).startsWith("Decision on your registration as a candidate");
        assertThat(plainText(refusal)).contains("The declarations of income and assets contain false data",
                "The tax certificate contradicts the declared income.");
        assertThat(instance).isEnded().hasPassed(REFUSED);
        assertThat(candidates.byReference(instance.getBusinessKey()).decidedBy()).isEqualTo("demo-tec");
    }

    @Test
    void aNominationFiledAfterTheCloseIsRefusedAtOnceNamingTheDeadline() throws Exception {
        String election = announce("late");
        at("2026-08-19T09:00:00+05:00");
        ProcessInstance instance = fileParty(election, "Amanat", "en");

        assertThat(instance).isWaitingAt(MAIL_REFUSAL).hasPassed(REFUSE_LATE_NOMINATION);
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(REFUSED);
        assertThat(plainText(onlyMail())).contains("after nomination closed 2026-08-18 18:00:00 +05:00");
        assertThat(candidates.byReference(instance.getBusinessKey()).decidedBy()).isEqualTo(DecisionEntry.SYSTEM);
    }

    @Test
    void aSelfNomineeWhoseSignaturesPassIsRegisteredAndMayWithdrawUntilCampaigningEnds() throws Exception {
        String election = announce("self-nominee withdrawing");
        ProcessInstance instance = nominate(election, request(NominationType.SELF, null, SELF_DOCUMENTS, 13, "kk"));
        executeJob(instance);
        assertThat(instance).isWaitingAt(VERIFY_SIGNATURES);
        Task verify = task(instance);
        taskService.claim(verify.getId(), "demo-tec");
        taskService.complete(verify.getId(), Map.of("signaturesChecked", 13L, "signaturesInvalid", 0L));
        register(instance);
        executeJob(instance);

        runtimeService.createMessageCorrelation(CANDIDATE_WITHDRAWAL).processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable("withdrawalReason", "Written withdrawal of 12 August").setVariable("recordedBy", "demo-tec")
                .correlate();
        executeJob(instance);

        assertThat(instance).isEnded().hasPassed(WITHDRAWN);
        Nomination withdrawn = candidates.byReference(instance.getBusinessKey());
        assertThat(withdrawn.status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Written withdrawal of 12 August");
        assertThat(candidates.countRegistered(election)).isZero();
        assertThat(logged(instance.getBusinessKey())).contains("candidate-withdrawn/kk/candidate@example.kz");
    }

    @Test
    void aNominationFiledWithTheTasklistFormIsDeregisteredByAComplaintDecision() throws Exception {
        String election = announce("deregistration by complaint");
        Map<String, Object> form = new HashMap<>(Map.of("electionNumber", election, "fullName", "Aigerim Sadykova",
                "iin", Nominations.iinBornOn(BORN), "birthDate", BORN.toString(), "citizenship", "KZ",
                "address", "Kosshy, 1 Abai street", "email", "candidate@example.kz", "language", "ru",
                "nominationType", "PARTY", "partyName", "Respublica"));
        form.putAll(Map.of("documents", PARTY_DOCUMENTS, "documentsReceivedOn", "2026-08-10",
                "legalCapacityDeclared", true, "noCriminalRecordDeclared", true, "noCorruptionOffenceDeclared", true));
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult().getId();
        SignIn.as(identityService, "demo-tec", "tec-staff");
        ProcessInstance instance = formService.submitStartForm(definition, form);
        identityService.clearAuthentication();
        instance = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(election + "-N01");
        assertThat(candidates.byReference(instance.getBusinessKey()).filedBy()).isEqualTo("demo-tec");
        executeJob(instance);
        register(instance);
        executeJob(instance);

        // the deregistration runs on the stored decision that orders it
        String complaint = complaints.upheld(election, new Remedy(RemedyKind.DEREGISTER, null,
                instance.getBusinessKey(), "COURT_DECISION"), "Court ruling 2-114/2026 upheld complaint C-7");
        runtimeService.createMessageCorrelation(CANDIDATE_DEREGISTRATION).processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable("deregistrationGround", "COURT_DECISION")
                .setVariable("complaintNumber", complaint).correlate();
        executeJob(instance);

        assertThat(instance).isEnded().hasPassed(DEREGISTERED);
        assertThat(candidates.byReference(instance.getBusinessKey()).deregistrationReason())
                .isEqualTo("Complaint " + complaint + " upheld: Court ruling 2-114/2026 upheld complaint C-7");
        assertThat(logged(instance.getBusinessKey())).contains("candidate-deregistered/ru/candidate@example.kz");
        assertThat(plainText(smtp.getReceivedMessages()[2])).contains("Court ruling 2-114/2026");
    }

    @Test
    void anUndecidedNominationEscalatesToSupervisorsAndIsMarkedOverdue() throws Exception {
        String election = announce("escalated");
        ProcessInstance instance = fileParty(election, "Amanat", "en");
        executeJob(instance);

        at("2026-08-14T10:01:00+05:00");
        executeJob(instance); // the escalation timer
        assertThat(instance).isWaitingAt(MAIL_REVIEW_ESCALATION, REVIEW_NOMINATION);
        executeJob(instance); // the mail to the commission
        assertThat(logged(instance.getBusinessKey())).contains("deadline-escalation/ru/tselinograd@election.example.kz");
        // the commission reads Russian: its steps are named in Russian too (i18n/process-names_ru)
        assertThat(plainText(smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1]))
                .contains("Рассмотреть выдвижение", "Решение о регистрации: " + instance.getBusinessKey());
        Task supervise = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SUPERVISE_REVIEW).singleResult();
        assertThat(supervise).hasCandidateGroup("supervisors");
        taskService.complete(supervise.getId(), Map.of("followUpNote", "Called the commission secretary"));

        at("2026-08-15T10:01:00+05:00");
        executeJob(instance); // the overdue timer
        assertThat(instance).hasPassed(RECORD_OVERDUE_DECISION, OVERDUE_RECORDED).isWaitingAt(REVIEW_NOMINATION);
        assertThat(candidates.byReference(instance.getBusinessKey()).decisionOverdueAt()).isNotNull();

        register(instance);
        executeJob(instance);
        assertThat(instance).isWaitingAt(ON_THE_BALLOT).hasPassed(DECISION_MADE);
    }

    @Test
    void aRefusedNomineeIsRegisteredAgainWhenAComplaintOrdersReinstatement() throws Exception {
        String election = announce("reinstated");
        ProcessInstance refusedInstance = fileParty(election, "Auyl", "kk");
        executeJob(refusedInstance);
        Task review = task(refusedInstance);
        taskService.claim(review.getId(), "demo-tec");
        taskService.complete(review.getId(), Map.of("decision", "REFUSE", "groundCodes", List.of("INCOMPLETE_DOCUMENTS"),
                "reasoning", "The tax certificate was missing."));
        executeJob(refusedInstance);
        assertThat(refusedInstance).isEnded().hasPassed(REFUSED);
        String reference = refusedInstance.getBusinessKey();

        String complaint = complaints.upheld(election, new Remedy(RemedyKind.REINSTATE, null, reference, null));
        ProcessInstance reinstated = runtimeService.createMessageCorrelation(CANDIDATE_REINSTATEMENT)
                .processInstanceBusinessKey(reference)
                .setVariable("complaintNumber", complaint)
                .correlateStartMessage();

        assertThat(reinstated).hasPassed(REINSTATE_CANDIDATE).isWaitingAt(MAIL_REINSTATEMENT);
        Nomination registered = candidates.byReference(reference);
        assertThat(registered.status()).isEqualTo(NominationStatus.REGISTERED);
        assertThat(registered.registrationNumber()).isEqualTo(election + "-C01");
        assertThat(registered.decidedBy()).isEqualTo("demo-complaints");
        executeJob(reinstated);
        assertThat(logged(reference)).contains("candidate-registered/kk/candidate@example.kz");
        assertThat(candidates.registeredInOrder(election)).extracting(RegisteredCandidate::registrationNumber)
                .containsExactly(election + "-C01");

        at("2026-09-21T00:00:00+05:00");
        executeJob(reinstated);
        assertThat(reinstated).isEnded().hasPassed(BACK_ON_THE_BALLOT, REINSTATED_CANDIDACY_COMPLETED);
    }

    /**
     * docs/RULES.md, Nomination and eligibility: under kz-2026-12-08 a RURAL nominee's higher education is a
     * point the commission confirms in the review, shown as "to confirm", and the decision records it.
     */
    @Test
    void theCommissionConfirmsTheEducationOfARuralNomineeInTheReviewAndTheDecisionRecordsIt() throws Exception {
        String election = announceUnderTheCorrectedRuleset("education to confirm");
        at("2027-01-12T10:00:00+05:00");
        ProcessInstance instance = fileParty(election, "Amanat", "ru");
        executeJob(instance);
        assertThat(instance).isWaitingAt(REVIEW_NOMINATION);
        assertThat(candidates.byReference(instance.getBusinessKey()).checklist())
                .filteredOn(r -> r.code() == RuleCode.QUALIFICATION).singleElement()
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(RuleOutcome.NEEDS_STAFF_CONFIRMATION);
                    assertThat(r.message()).contains("to confirm: Higher education (P:");
                });
        Task review = task(instance);
        taskService.claim(review.getId(), "demo-tec");

        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "REGISTER",
                "declarationsConfirmed", true, "qualificationMet", true)))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("to confirm: Higher education");
        taskService.complete(review.getId(), Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true, "qualificationPointsConfirmed", true));

        assertThat(instance).isWaitingAt(MAIL_REGISTRATION);
        assertThat(candidates.byReference(instance.getBusinessKey()).status()).isEqualTo(NominationStatus.REGISTERED);
        assertThat(jdbc.sql("SELECT actor || ' ' || decision || ': ' || reason FROM election.decision_log"
                        + " WHERE business_key = ? AND decision = 'QUALIFICATION_CONFIRMED'")
                .param(instance.getBusinessKey()).query(String.class).list())
                .containsExactly("demo-tec QUALIFICATION_CONFIRMED: confirmed by the commission, a point the rules"
                        + " leave to it: Higher education");
        executeJob(instance);
    }

    /**
     * docs/RULES.md, Nomination and eligibility: the last day of withdrawal is the ruleset's value (U; E-2 in
     * kz-2026-12-08, to 00:00 of E-1), stored in the election's calendar and applied to the message that
     * brings a withdrawal in, whoever correlates it: accepted on the last day, refused the day after.
     */
    @Test
    void aWithdrawalIsAcceptedToTheEndOfTheRulesetsLastDayAndRefusedAfterIt() throws Exception {
        String election = announceUnderTheCorrectedRuleset("last day of withdrawal");
        assertThat(elections.calendar(election).at(ElectoralCalendar.WITHDRAWAL_CLOSES))
                .isEqualTo("2027-02-27T00:00+05:00");
        at("2027-01-12T10:00:00+05:00");
        ProcessInstance early = registeredUnderTheCorrectedRuleset(election, "Amanat", LocalDate.of(1980, 5, 15));
        ProcessInstance late = registeredUnderTheCorrectedRuleset(election, "Respublica", LocalDate.of(1975, 3, 2));

        at("2027-02-26T23:59:00+05:00");
        withdraw(early, "Written withdrawal of 26 February");
        executeJob(early);
        assertThat(early).isEnded().hasPassed(WITHDRAWN);

        at("2027-02-27T00:00:00+05:00");
        assertThatThrownBy(() -> withdraw(late, "Written withdrawal of 27 February"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("withdrawal was possible until 2027-02-27T00:00+05:00 (the last day of withdrawal"
                        + " of the election's ruleset)");
        assertThat(late).isWaitingAt(ON_THE_BALLOT);
        assertThat(candidates.byReference(late.getBusinessKey()).status()).isEqualTo(NominationStatus.REGISTERED);
    }

    /** A rural election called 10 January 2027 for 28 February, so under kz-2026-12-08. */
    private String announceUnderTheCorrectedRuleset(String story) {
        ClockUtil.reset();
        String election = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL,
                "Akim of Kosshy (" + story + " " + UUID.randomUUID() + ")", ElectionReason.REGULAR,
                LocalDate.parse("2027-01-10"), LocalDate.parse("2027-02-28"), LocalDate.parse("2027-04-01"), null, null,
                KosshyElection.TWO_PRECINCTS), "demo-tec").number();
        assertThat(elections.byNumber(election).rulesetId()).isEqualTo("kz-2026-12-08");
        return election;
    }

    private void withdraw(ProcessInstance instance, String reason) {
        runtimeService.createMessageCorrelation(CANDIDATE_WITHDRAWAL).processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable("withdrawalReason", reason).setVariable("recordedBy", "demo-tec").correlate();
    }

    private ProcessInstance registeredUnderTheCorrectedRuleset(String election, String party, LocalDate born) {
        NominationRequest base = request(NominationType.PARTY, party, PARTY_DOCUMENTS, 0, "ru");
        ProcessInstance instance = nominate(election, new NominationRequest(base.fullName() + " " + party,
                Nominations.iinBornOn(born), born, base.citizenship(), base.address(), base.email(), base.language(),
                base.nominationType(), base.partyName(), base.documents(), base.signaturesSubmitted(),
                base.depositReceipt(), base.legalCapacityDeclared(), base.noCriminalRecordDeclared(),
                base.noCorruptionOffenceDeclared()));
        executeJob(instance);
        Task review = task(instance);
        taskService.claim(review.getId(), "demo-tec");
        taskService.complete(review.getId(), Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true, "qualificationPointsConfirmed", true));
        executeJob(instance);
        assertThat(instance).isWaitingAt(ON_THE_BALLOT);
        return instance;
    }

    // --- the story's steps

    private String announce(String story) {
        return KosshyElection.announce(elections, story);
    }

    private ProcessInstance fileParty(String election, String party, String language) {
        return nominate(election, request(NominationType.PARTY, party, PARTY_DOCUMENTS, 0, language));
    }

    private ProcessInstance nominate(String election, NominationRequest request) {
        Nomination nomination = filing.nominate(election, request, "demo-tec");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.referenceNumber()).singleResult();
        return instance;
    }

    static NominationRequest request(NominationType type, String party, List<String> documents, int signatures,
                                     String language) {
        Map<String, LocalDate> received = new HashMap<>();
        documents.forEach(code -> received.put(code, LocalDate.parse("2026-08-10")));
        return new NominationRequest("Aigerim Sadykova", Nominations.iinBornOn(BORN), BORN, "KZ",
                "Kosshy, 1 Abai street", "candidate@example.kz", language, type, party, received, signatures, null,
                true, true, true);
    }

    private void register(ProcessInstance instance) {
        KosshyElection.register(taskService, instance.getId());
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Job job(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).executable().singleResult();
    }

    private void executeJob(ProcessInstance instance) {
        managementService.executeJob(job(instance).getId());
    }

    private MimeMessage onlyMail() {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    /** The plain-text part, decoded: Kazakh and Russian mails travel base64-encoded. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private List<String> logged(String reference) {
        return jdbc.sql("SELECT template || '/' || language || '/' || recipient FROM election.mail_log WHERE business_key = ? ORDER BY id")
                .param(reference).query(String.class).list();
    }

    private static void at(String offsetDateTime) {
        KosshyElection.at(offsetDateTime);
    }
}
