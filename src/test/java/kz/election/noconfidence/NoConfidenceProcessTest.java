package kz.election.noconfidence;

import static kz.election.model.NoConfidenceModel.Elements.*;
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
import kz.election.ElectionTest;
import kz.election.FullProcessCoverage;
import kz.election.SignIn;
import kz.election.TestSmtp;
import kz.election.audit.DecisionLog;
import kz.election.common.InvalidInputException;
import kz.election.conduct.AkimTerms;
import kz.election.conduct.ElectionCalls;
import kz.election.election.AkimTerm;
import kz.election.election.CertifiedAkimElections;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.election.TermEndReason;
import kz.election.model.NoConfidenceModel;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * no-confidence.bpmn told as stories, one akim each, on a real PostgreSQL and GreenMail. After the
 * last story every flow node and sequence flow of the model must have been passed.
 */
@ElectionTest
@FullProcessCoverage(NoConfidenceModel.PROCESS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoConfidenceProcessTest {

    static final String PROCESS = NoConfidenceModel.PROCESS;

    static final GreenMail smtp = TestSmtp.server();

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired FormService formService;
    @Autowired ElectionService elections;
    @Autowired MotionService motions;
    @Autowired CitizenAppealService appeals;
    @Autowired CertifiedAkimElections akimElections;
    @Autowired AkimTerms terms;
    @Autowired DecisionLog decisionLog;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(processEngine);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aMotionSignedByTooFewDeputiesIsInadmissibleAndTheAkimIsToldWhy() throws Exception {
        String election = elect("en");
        ProcessInstance instance = file(AkimOfKosshy.motion(election, 23, 4)); // 4 of 23: one fifth is 4.6, so 5

        assertThat(instance).hasPassed(CHECK_ADMISSIBILITY).isWaitingAt(MAIL_MOTION_INADMISSIBLE);
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(MOTION_INADMISSIBLE);
        Motion motion = motions.byNumber(instance.getBusinessKey());
        assertThat(motion.status()).isEqualTo(MotionStatus.INADMISSIBLE);
        assertThat(motion.inadmissibleReason()).isEqualTo("4 of 23 deputies signed; at least 5 (0.2 of the deputies) are needed");
        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).endsWith("<akim@example.kz>");
        assertThat(plainText(mail)).contains("found inadmissible", "at least 5", instance.getBusinessKey());
        assertThat(decisionLog.forBusinessKey(instance.getBusinessKey())).extracting(d -> d.decision())
                .containsExactly("MOTION_FILED", "MOTION_INADMISSIBLE");
    }

    @Test
    void aMotionFiledInTasklistThatFailsTheVoteOfAllDeputiesEnds() throws Exception {
        String election = elect("ru");
        Map<String, Object> form = new HashMap<>(Map.of("caseKind", "MOTION", "electionNumber", election,
                "maslikhatName", "Kosshy district maslikhat", "deputiesTotal", 25L,
                "initiators", "Aigerim Seitkali; 2027-02-20\nBolat Nurlanov; 2027-02-20\nDana Abenova; 2027-02-21\n"
                        + "Erlan Sadykov; 2027-02-21\nGulnar Omarova; 2027-02-22\nIlyas Bekov",
                "ground", "REPORTS_REJECTED_TWICE", "reportsRejectedOn", "2026-12-10, 2027-02-15"));
        ProcessInstance instance = startInTasklist(form);

        assertThat(instance.getBusinessKey()).startsWith("NC-2027-");
        assertThat(instance).hasPassed(RECORD_CASE, CHECK_ADMISSIBILITY).isWaitingAt(MAIL_MOTION_INITIATED);
        Motion motion = motions.byNumber(instance.getBusinessKey());
        assertThat(motion.filedBy()).isEqualTo("demo-maslikhat");
        assertThat(motion.initiators()).hasSize(6);
        assertThat(motion.signedInitiators()).isEqualTo(5);
        executeJob(instance);
        assertThat(plainText(onlyMail())).contains("инициировали вопрос о выражении вам недоверия");

        Task vote = task(instance);
        assertThat(vote).hasCandidateGroup("maslikhat-secretariat");
        assertThat((String) taskService.getVariable(vote.getId(), "motionSummary")).contains("5 of 25 deputies");
        taskService.claim(vote.getId(), "demo-maslikhat");
        assertThatThrownBy(() -> taskService.complete(vote.getId(), vote(20, 5, 1, 25)))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("votesFor")
                .hasMessageContaining("more than the 25 deputies");
        assertThat(instance).isWaitingAt(RECORD_MOTION_VOTE);

        // every deputy present voted for it, but 12 of 25 is not a majority of ALL deputies
        taskService.complete(vote.getId(), vote(12, 0, 0, 25));
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(MOTION_FAILED);
        assertThat(motions.byNumber(instance.getBusinessKey()).status()).isEqualTo(MotionStatus.FAILED);
        assertThat(plainText(smtp.getReceivedMessages()[1])).contains("не принято");
        assertThat(decisionLog.forBusinessKey(instance.getBusinessKey())).last()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("12 for, 0 against, 0 abstained, 13 absent of 25 deputies; 13 needed"))
                .satisfies(d -> assertThat(d.actor()).isEqualTo("demo-maslikhat"));
    }

    @Test
    void aCarriedMotionIsEscalatedBeforeItsDecisionIsDueAndTheHigherAkimRefuses() throws Exception {
        String election = elect("kk");
        ProcessInstance instance = carried(election);

        Task decision = task(instance);
        assertThat(decision).hasCandidateGroup("maslikhat-secretariat");
        // the ruleset's 30 days after the session of 5 March, at 18:00 in Kazakhstan
        assertThat(decision.getDueDate()).isEqualTo(date("2027-04-04T18:00:00+05:00"));

        AkimOfKosshy.at("2027-04-03T18:01:00+05:00");
        executeJob(instance); // the escalation timer, 24 hours ahead
        assertThat(instance).isWaitingAt(MAIL_DECISION_ESCALATION, RECORD_DISMISSAL_DECISION);
        executeJob(instance);
        assertThat(logged(instance.getBusinessKey())).contains("deadline-escalation/ru/maslikhat@election.example.kz");
        Task supervise = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SUPERVISE_DEADLINE).singleResult();
        assertThat(supervise).hasCandidateGroup("supervisors");
        // the secretariat reads the process and the task by their Russian business names (ProcessNames)
        assertThat((String) taskService.getVariable(supervise.getId(), "escalationSummary"))
                .contains("Выражение недоверия и досрочное прекращение полномочий акима " + instance.getBusinessKey(),
                        "\"Зафиксировать решение Президента или вышестоящего акима\"");
        assertThat(plainText(smtp.getReceivedMessagesForDomain("maslikhat@election.example.kz")[0]))
                .contains("Выражение недоверия и досрочное прекращение полномочий акима " + instance.getBusinessKey(),
                        "Зафиксировать решение Президента или вышестоящего акима", decision.getId())
                .doesNotContain("Record the decision", "Decision on dismissal");
        taskService.complete(supervise.getId(), Map.of("followUpNote", "Called the higher akim's office"));

        taskService.claim(decision.getId(), "demo-maslikhat");
        assertThatThrownBy(() -> taskService.complete(decision.getId(), Map.of("decision", "REFUSE",
                "decidedByAuthority", "Akim of Akmola region", "decidedOn", "2027-04-03")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("decisionReference");
        taskService.complete(decision.getId(), Map.of("decision", "REFUSE", "decidedByAuthority", "Akim of Akmola region",
                "decisionReference", "Order No. 12-р", "decidedOn", "2027-04-03"));
        executeJob(instance);

        assertThat(instance).isEnded().hasPassed(ESCALATION_FOLLOWED_UP, DISMISSAL_REFUSED);
        assertThat(motions.byNumber(instance.getBusinessKey()).status()).isEqualTo(MotionStatus.REFUSED);
        assertThat(terms.sitting(election)).isPresent();
        assertThat(plainText(lastMail())).contains("Akim of Akmola region", "Лауазымынан босатудан бас тартылды (Order No. 12-р)");
        assertThat(logged(instance.getBusinessKey())).containsExactly("no-confidence-step/kk/akim@example.kz",
                "no-confidence-step/kk/akim@example.kz", "deadline-escalation/ru/maslikhat@election.example.kz",
                "no-confidence-step/kk/akim@example.kz");
    }

    @Test
    void aDismissalEndsTheTermAndCallsAnEarlyElectionForTheSamePostLinkedToTheMotion() throws Exception {
        String election = elect("en");
        ProcessInstance instance = carried(election);
        Task decision = task(instance);
        AkimOfKosshy.at("2027-03-10T09:00:00+05:00");
        taskService.claim(decision.getId(), "demo-maslikhat");
        taskService.complete(decision.getId(), Map.of("decision", "DISMISS", "decidedByAuthority",
                "Akim of Akmola region", "decisionReference", "Order No. 14-р", "decidedOn", "2027-03-09"));
        executeJob(instance);
        assertThat(plainText(lastMail())).contains("Released from office (Order No. 14-р)");

        assertThat(instance).hasPassed(END_AKIM_TERM).isWaitingAt(CONFIRM_EARLY_ELECTION_DAY);
        // the term is ended on the old election's result
        assertThat(terms.sitting(election)).isEmpty();
        assertThat(terms.term(election)).hasValueSatisfying(end -> {
            assertThat(end.endReason()).isEqualTo(TermEndReason.DISMISSED);
            assertThat(end.endedOn()).isEqualTo(LocalDate.parse("2027-03-09"));
            assertThat(end.endReference()).isEqualTo(instance.getBusinessKey() + ": Order No. 14-р");
            assertThat(end.endedBy()).isEqualTo("Akim of Akmola region");
        });
        Task confirm = task(instance);
        assertThat(confirm).hasCandidateGroup("tec-staff");
        // rural: at least 40 days after the call on 10 March -> Monday 19 April -> Sunday 25 April
        assertThat(taskService.getVariable(confirm.getId(), "proposedElectionDay")).isEqualTo("2027-04-25");
        // the early election must be called within 30 days of the vacancy on 9 March
        assertThat(confirm.getDueDate()).isEqualTo(date("2027-04-08T18:00:00+05:00"));

        AkimOfKosshy.at("2027-04-07T18:01:00+05:00");
        executeJob(instance); // the escalation timer
        executeJob(instance); // the mail to the commission
        assertThat(logged(instance.getBusinessKey())).contains("deadline-escalation/ru/tselinograd@election.example.kz");
        Task supervise = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SUPERVISE_DEADLINE).singleResult();
        taskService.complete(supervise.getId(), Map.of("followUpNote", "The commission meets tomorrow"));

        taskService.claim(confirm.getId(), "demo-tec");
        assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of("electionDay", "2027-05-22")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("electionDay")
                .hasMessageContaining("Sunday");
        assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of("electionDay", "2027-04-25")))
                .as("called on 7 April, 25 April is fewer than 40 days away")
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("earliest Sunday is 2027-05-23");
        assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of("electionDay", "2027-06-13")))
                .as("an early election is held within 61 days of its call")
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("electionDay")
                .hasMessageContaining("by 2027-06-07");
        assertThat(jdbc.sql("SELECT count(*) FROM election.election WHERE previous_election_number = ?").param(election)
                .query(Long.class).single()).as("a refused call stores no election").isZero();
        taskService.complete(confirm.getId(), Map.of("electionDay", "2027-05-23"));
        assertThat(instance).isWaitingAt(MAIL_EARLY_ELECTION_CALLED);
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(EARLY_ELECTION_CALLED);

        Motion motion = motions.byNumber(instance.getBusinessKey());
        assertThat(motion.status()).isEqualTo(MotionStatus.EARLY_ELECTION_CALLED);
        Election early = elections.byNumber(motion.earlyElectionNumber());
        Election previous = elections.byNumber(election);
        assertThat(early.reason()).isEqualTo(ElectionReason.EARLY);
        assertThat(early.previousElectionNumber()).isEqualTo(election);
        assertThat(early.electionDay()).isEqualTo(LocalDate.parse("2027-05-23"));
        assertThat(early.vacancyDate()).isEqualTo(LocalDate.parse("2027-03-09"));
        assertThat(early.announcedBy()).isEqualTo("demo-tec");
        assertThat(List.of(early.territory(), early.level(), early.post()))
                .isEqualTo(List.of(previous.territory(), previous.level(), previous.post()));
        assertThat(early.precincts()).isEqualTo(previous.precincts());
        assertThat(plainText(lastMail())).contains("term of office as akim has ended", motion.earlyElectionNumber(),
                "23 May 2027");
        // the akim heard of every step: initiated, voted, decided, early election called
        assertThat(smtp.getReceivedMessagesForDomain(AkimOfKosshy.EMAIL)).hasSize(4);
        assertThat(logged(instance.getBusinessKey())).containsExactly("no-confidence-step/en/akim@example.kz",
                "no-confidence-step/en/akim@example.kz", "no-confidence-step/en/akim@example.kz",
                "deadline-escalation/ru/tselinograd@election.example.kz", "no-confidence-step/en/akim@example.kz");

        // election.bpmn was started with the call and runs to a new certified akim
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ElectionCalls.PROCESS_ID)
                .processInstanceBusinessKey(early.number()).singleResult()).isWaitingAt("nominationOpens");
        AkimTerm successor = akimElections.runToCertifiedAkim(early.number(),
                new CertifiedAkimElections.Nominee("Saule Ermekova", "saule.ermekova@example.kz", "kk"));
        assertThat(terms.sitting(early.number())).hasValueSatisfying(term -> {
            assertThat(term.akimName()).isEqualTo("Saule Ermekova");
            assertThat(term.termFrom()).isAfterOrEqualTo(LocalDate.parse("2027-05-23"));
        });
        assertThat(successor.electionNumber()).isEqualTo(early.number());
        assertThat(terms.term(election)).hasValueSatisfying(old -> assertThat(old.endReason()).isEqualTo(TermEndReason.DISMISSED));
        assertThat(elections.byNumber(early.number()).previousElectionNumber()).isEqualTo(election);
    }

    @Test
    void aResignationRecordedInTasklistEndsTheTermTheSameWay() throws Exception {
        String election = elect("kk");
        ProcessInstance instance = startInTasklist(Map.of("caseKind", "RESIGNATION", "electionNumber", election,
                "maslikhatName", "Kosshy district maslikhat", "termEndedOn", "2027-02-28",
                "termEndReference", "Letter of resignation of 28 February 2027"));

        assertThat(instance).hasPassed(RECORD_CASE, END_AKIM_TERM).hasNotPassed(CHECK_ADMISSIBILITY)
                .isWaitingAt(CONFIRM_EARLY_ELECTION_DAY);
        assertThat(terms.term(election)).hasValueSatisfying(end -> {
            assertThat(end.endReason()).isEqualTo(TermEndReason.RESIGNED);
            assertThat(end.endedOn()).isEqualTo(LocalDate.parse("2027-02-28"));
            assertThat(end.endedBy()).isEqualTo("demo-maslikhat");
        });
        assertThatThrownBy(() -> motions.file(AkimOfKosshy.motion(election, 25, 6), "demo-maslikhat"))
                .as("the term has ended: no motion against the former akim")
                .hasMessageContaining("has no sitting akim");
        Task confirm = task(instance);
        taskService.claim(confirm.getId(), "demo-tec");
        taskService.complete(confirm.getId(), Map.of("electionDay", taskService.getVariable(confirm.getId(), "electionDay")));
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(EARLY_ELECTION_CALLED);
        // rural: 40 days after the term was ended on 1 March -> Saturday 10 April -> Sunday 11 April
        String early = motions.byNumber(instance.getBusinessKey()).earlyElectionNumber();
        assertThat(elections.byNumber(early).electionDay()).isEqualTo(LocalDate.parse("2027-04-11"));
        assertThat(elections.byNumber(early).reason()).isEqualTo(ElectionReason.EARLY);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ElectionCalls.PROCESS_ID)
                .processInstanceBusinessKey(early).count()).isEqualTo(1);
        assertThat(plainText(onlyMail())).contains("өкілеттігіңіз тоқтатылды");
    }

    @Test
    void aDeathEndsTheTermAndNoMailIsSentToTheDeceased() throws Exception {
        String election = elect("ru");
        Motion death = motions.fileAndStart(new MotionRequest(CaseKind.DEATH, election, "Kosshy district maslikhat",
                null, null, null, null, null, null, LocalDate.parse("2027-02-27"), "Death certificate No. 0042"),
                "demo-maslikhat");
        ProcessInstance instance = instance(death.motionNumber());
        Task confirm = task(instance);
        taskService.claim(confirm.getId(), "demo-tec");
        taskService.complete(confirm.getId(), Map.of("electionDay", "2027-04-25"));
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(MAIL_EARLY_ELECTION_CALLED, EARLY_ELECTION_CALLED);
        assertThat(terms.term(election)).hasValueSatisfying(end -> assertThat(end.endReason()).isEqualTo(TermEndReason.DIED));
        String early = motions.byNumber(death.motionNumber()).earlyElectionNumber();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ElectionCalls.PROCESS_ID)
                .processInstanceBusinessKey(early).count()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    /**
     * Received Monday 1 March 2027: forwarded by Thursday 4 March (3 working days); answered by Friday 26 March
     * (15 working days: 8 March is International Women's Day; 22-24 March are Nauryz and the day its Sunday the
     * 21st carries). The supervisors are warned at 09:00 of the working day before.
     */
    @Test
    void aCitizensAppealIsAcknowledgedAnsweredWithinFifteenWorkingDaysAndEscalatedTheDayBefore() throws Exception {
        String election = elect("ru");
        CitizenAppeal appeal = appeals.recordAppeal(new AppealRequest(election, "Residents of Kosshy, 212 signatures",
                "+7 701 000 0000", null, "The akim has not repaired the school roof despite two promises",
                "residents@example.kz", "ru"), "demo-maslikhat");
        ProcessInstance instance = instance(appeal.appealNumber());
        assertThat(appeal.appealNumber()).startsWith("NCA-2027-");
        assertThat(appeal.forwardDueOn()).isEqualTo(LocalDate.parse("2027-03-04"));
        assertThat(appeal.answerDueOn()).isEqualTo(LocalDate.parse("2027-03-26"));

        assertThat(instance).isWaitingAt(MAIL_APPEAL_RECEIVED);
        executeJob(instance);
        assertThat(plainText(onlyMail())).contains("зарегистрировано", appeal.appealNumber(), "26 марта 2027");
        Task decide = task(instance);
        assertThat(decide).hasCandidateGroup("maslikhat-secretariat");
        assertThat(decide.getDueDate()).isEqualTo(date("2027-03-04T18:00:00+05:00"));
        assertThat((String) taskService.getVariable(decide.getId(), "appealTerms"))
                .contains("Forward to another body by 2027-03-04; answer by 2027-03-26");
        taskService.claim(decide.getId(), "demo-maslikhat");
        taskService.complete(decide.getId(), Map.of("appealCompetence", "MASLIKHAT"));

        Task consider = task(instance);
        assertThat(instance).hasPassed(FORWARD_GATEWAY, APPEAL_UNDER_CONSIDERATION).isWaitingAt(CONSIDER_CITIZEN_APPEAL);
        assertThat(consider.getDueDate()).isEqualTo(date("2027-03-26T18:00:00+05:00"));
        assertThat((String) taskService.getVariable(consider.getId(), "appealSummary")).contains("school roof");

        AkimOfKosshy.at("2027-03-25T08:59:00+05:00");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();
        AkimOfKosshy.at("2027-03-25T09:00:01+05:00");
        executeJob(instance); // the warning's timer, the working day before the term ends
        assertThat(instance).isWaitingAt(MAIL_APPEAL_ESCALATION, CONSIDER_CITIZEN_APPEAL);
        executeJob(instance);
        assertThat(plainText(smtp.getReceivedMessagesForDomain("maslikhat@election.example.kz")[0]))
                .contains(appeal.appealNumber(), "Рассмотреть обращение граждан о выражении недоверия", consider.getId());
        Task supervise = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SUPERVISE_DEADLINE).singleResult();
        assertThat(supervise).hasCandidateGroup("supervisors");
        taskService.complete(supervise.getId(), Map.of("followUpNote", "Reminded the secretariat by phone"));

        taskService.claim(consider.getId(), "demo-maslikhat");
        assertThatThrownBy(() -> taskService.complete(consider.getId(), Map.of("appealOutcome", "MOTION_FILED",
                "appealMotionNumber", "NC-1999-0001", "appealNote", "Filed")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("appealMotionNumber");
        taskService.complete(consider.getId(), Map.of("appealOutcome", "NO_MOTION",
                "appealNote", "Passed to the deputies of the district; no deputy has initiated a motion"));
        assertThat(instance).isWaitingAt(MAIL_APPEAL_ANSWER);
        executeJob(instance);

        assertThat(instance).isEnded().hasPassed(ANSWER_NEARLY_DUE, APPEAL_ANSWERED, ESCALATION_FOLLOWED_UP);
        CitizenAppeal answered = appeals.appeal(appeal.appealNumber());
        assertThat(answered.outcome()).isEqualTo("NO_MOTION");
        assertThat(answered.answeredBy()).isEqualTo("demo-maslikhat");
        assertThat(logged(appeal.appealNumber())).containsExactly("citizen-appeal-step/ru/residents@example.kz",
                "deadline-escalation/ru/maslikhat@election.example.kz", "citizen-appeal-step/ru/residents@example.kz");
        assertThat(plainText(smtp.getReceivedMessagesForDomain("residents@example.kz")[1]))
                .contains("Маслихат рассмотрел ваше обращение", "no deputy has initiated a motion");
    }

    /** An appeal for another body is forwarded within 3 working days; warned the day before, at 09:00. */
    @Test
    void anAppealForAnotherBodyIsForwardedAndTheCitizensWithoutAnAddressAreLeftToTheSecretariat() throws Exception {
        String election = elect("en");
        CitizenAppeal appeal = appeals.recordAppeal(new AppealRequest(election, "Aigul Serikova", "+7 701 111 2233",
                null, "The district hospital lacks a surgeon"), "demo-maslikhat");
        ProcessInstance instance = instance(appeal.appealNumber());
        executeJob(instance);
        assertThat(smtp.getReceivedMessages()).as("no address, no mail").isEmpty();
        Task decide = task(instance);
        assertThat((String) taskService.getVariable(decide.getId(), "appealTerms"))
                .contains("No e-mail address: tell the citizens by the contact they gave");

        AkimOfKosshy.at("2027-03-03T09:00:01+05:00");
        executeJob(instance); // the forwarding term's warning
        executeJob(instance); // its mail to the secretariat
        assertThat(instance).hasPassed(FORWARD_NEARLY_DUE, APPEAL_TERM_NEAR, MAIL_APPEAL_ESCALATION);
        assertThat(logged(appeal.appealNumber())).containsExactly("deadline-escalation/ru/maslikhat@election.example.kz");

        taskService.claim(decide.getId(), "demo-maslikhat");
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("appealCompetence", "OTHER_BODY")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("forwardedTo");
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("appealCompetence", "SOMEONE")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("appealCompetence");
        taskService.complete(decide.getId(), Map.of("appealCompetence", "OTHER_BODY",
                "forwardedTo", "Health department of Akmola region"));
        executeJob(instance);

        assertThat(instance).hasPassed(MAIL_APPEAL_FORWARDED, APPEAL_FORWARDED)
                .hasNotPassed(CONSIDER_CITIZEN_APPEAL);
        CitizenAppeal forwarded = appeals.appeal(appeal.appealNumber());
        assertThat(forwarded.outcome()).isEqualTo("FORWARDED");
        assertThat(forwarded.forwardedTo()).isEqualTo("Health department of Akmola region");
        assertThat(forwarded.forwardedOn()).isEqualTo(LocalDate.parse("2027-03-03"));
        assertThat(decisionLog.forBusinessKey(appeal.appealNumber())).extracting(d -> d.decision())
                .containsExactly("APPEAL_FORWARDED");
        Task supervise = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SUPERVISE_DEADLINE).singleResult();
        taskService.complete(supervise.getId(), Map.of("followUpNote", "Forwarded in time"));
        assertThat(instance).isEnded();
    }

    /**
     * The term is extended once, within it and with reasons, up to two months from receipt; the citizens are
     * told, the new term is watched, and the answer names the motion the appeal led to.
     */
    @Test
    void theTermIsExtendedOnceWithReasonsTheCitizensToldAndTheAnswerNamesTheMotion() throws Exception {
        String election = elect("kk");
        CitizenAppeal appeal = appeals.recordAppeal(new AppealRequest(election, "Қосшы тұрғындары", null, null,
                "Әкім уәделерін орындамады", "qosshy@example.kz", "kk"), "demo-maslikhat");
        ProcessInstance instance = instance(appeal.appealNumber());
        Task consider = keptByTheMaslikhat(instance);

        AkimOfKosshy.at("2027-03-19T10:00:00+05:00");
        assertThatThrownBy(() -> taskService.complete(consider.getId(), Map.of("appealOutcome", "EXTEND",
                "appealNote", "The deputies meet on 28 April")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("appealExtendedUntil");
        assertThatThrownBy(() -> taskService.complete(consider.getId(), Map.of("appealOutcome", "EXTEND",
                "appealExtendedUntil", "2027-05-03", "appealNote", "The deputies meet on 28 April")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("an extension runs at most to 2027-05-01");
        taskService.complete(consider.getId(), Map.of("appealOutcome", "EXTEND", "appealExtendedUntil", "2027-04-30",
                "appealNote", "The deputies meet on 28 April"));
        assertThat(instance).hasPassed(EXTENDED_GATEWAY).isWaitingAt(MAIL_APPEAL_EXTENDED);
        executeJob(instance);
        assertThat(plainText(onlyMailTo("qosshy@example.kz", 2))).contains("ұзартылды", "28 April");

        Task again = task(instance);
        assertThat(again.getTaskDefinitionKey()).isEqualTo(CONSIDER_CITIZEN_APPEAL);
        assertThat(again.getDueDate()).isEqualTo(date("2027-04-30T18:00:00+05:00"));
        CitizenAppeal extended = appeals.appeal(appeal.appealNumber());
        assertThat(extended.extendedOn()).isEqualTo(LocalDate.parse("2027-03-19"));
        // told within 3 working days of the decision on Friday 19 March: 22-24 March are off
        assertThat(extended.extensionNoticeDueOn()).isEqualTo(LocalDate.parse("2027-03-29"));
        // the warning now watches the new term: 09:00 of Thursday 29 April
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
                .getDuedate()).isEqualTo(date("2027-04-29T09:00:00+05:00"));

        taskService.claim(again.getId(), "demo-maslikhat");
        assertThatThrownBy(() -> taskService.complete(again.getId(), Map.of("appealOutcome", "EXTEND",
                "appealExtendedUntil", "2027-04-30", "appealNote", "Again")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("already extended once");
        AkimOfKosshy.at("2027-03-20T10:00:00+05:00");
        Motion motion = motions.fileAndStart(AkimOfKosshy.motion(election, 25, 6), "demo-maslikhat");
        taskService.complete(again.getId(), Map.of("appealOutcome", "MOTION_FILED", "appealMotionNumber",
                motion.motionNumber(), "appealNote", "Six deputies have initiated a motion"));
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(MAIL_APPEAL_EXTENDED, MAIL_APPEAL_ANSWER, APPEAL_ANSWERED);
        assertThat(plainText(onlyMailTo("qosshy@example.kz", 3))).contains(motion.motionNumber());
        assertThat(decisionLog.forBusinessKey(appeal.appealNumber())).extracting(d -> d.decision())
                .containsExactly("APPEAL_FOR_MASLIKHAT", "APPEAL_TERM_EXTENDED", "APPEAL_MOTION_FILED");
    }

    /** An extension is decided within the term: after it ran out the secretariat must answer. */
    @Test
    void anExtensionAfterTheTermRanOutIsRefused() throws Exception {
        String election = elect("en");
        CitizenAppeal appeal = appeals.recordAppeal(new AppealRequest(election, "Bolat Nurlanov", null,
                LocalDate.parse("2027-02-26"), "The akim ignores the village's water supply"), "demo-maslikhat");
        ProcessInstance instance = instance(appeal.appealNumber());
        Task consider = keptByTheMaslikhat(instance);
        AkimOfKosshy.at("2027-03-26T10:00:00+05:00");
        assertThat(appeals.appeal(appeal.appealNumber()).answerDueOn()).isEqualTo(LocalDate.parse("2027-03-25"));
        assertThatThrownBy(() -> taskService.complete(consider.getId(), Map.of("appealOutcome", "EXTEND",
                "appealExtendedUntil", "2027-04-20", "appealNote", "More time")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the term ended on 2027-03-25; an extension is decided within the term");
    }

    /**
     * The higher akim dismisses the akim on their own ground, outside any motion (as the akim of Almaty region
     * dismissed the akim of Talgar in October 2024): the secretariat records the act, its ground and the
     * acting akim; the term ends and the early election is called as for any vacancy.
     */
    @Test
    void aDismissalOutsideAMotionEndsTheTermRecordsTheActingAkimAndLeadsToTheEarlyElection() throws Exception {
        String election = elect("ru");
        Map<String, Object> form = new HashMap<>(Map.of("caseKind", "DISMISSAL", "electionNumber", election,
                "maslikhatName", "Kosshy district maslikhat", "termEndedOn", "2027-02-26",
                "termEndReference", "Order No. 31-r of 26.02.2027", "groundsText", "Improper performance of duties",
                "actingAkimName", "Serik Dumchibayev", "actingAkimFrom", "2027-02-25"));
        assertThatThrownBy(() -> startInTasklist(form)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("decidedByAuthority")
                .hasMessageContaining("an acting akim cannot take over before, on 2027-02-25");
        form.put("decidedByAuthority", "Akim of Akmola region");
        form.put("actingAkimFrom", "2027-02-27");
        ProcessInstance instance = startInTasklist(form);

        assertThat(instance).hasPassed(RECORD_CASE, END_AKIM_TERM).hasNotPassed(CHECK_ADMISSIBILITY)
                .isWaitingAt(CONFIRM_EARLY_ELECTION_DAY);
        Motion dismissal = motions.byNumber(instance.getBusinessKey());
        assertThat(dismissal.kind()).isEqualTo(CaseKind.DISMISSAL);
        assertThat(dismissal.groundsText()).isEqualTo("Improper performance of duties");
        assertThat(terms.term(election)).hasValueSatisfying(end -> {
            assertThat(end.endReason()).isEqualTo(TermEndReason.DISMISSED);
            assertThat(end.endedOn()).isEqualTo(LocalDate.parse("2027-02-26"));
            assertThat(end.endedBy()).isEqualTo("Akim of Akmola region");
            assertThat(end.endReference()).isEqualTo(instance.getBusinessKey() + ": Order No. 31-r of 26.02.2027");
        });
        assertThat(motions.actingAkim(election)).hasValueSatisfying(acting -> {
            assertThat(acting.fullName()).isEqualTo("Serik Dumchibayev");
            assertThat(acting.actingFrom()).isEqualTo(LocalDate.parse("2027-02-27"));
            assertThat(acting.caseNumber()).isEqualTo(instance.getBusinessKey());
        });
        Task confirm = task(instance);
        assertThat((String) taskService.getVariable(confirm.getId(), "motionSummary"))
                .contains("dismissal outside a motion", "Acting akim: Serik Dumchibayev from 2027-02-27");
        taskService.claim(confirm.getId(), "demo-tec");
        taskService.complete(confirm.getId(), Map.of("electionDay", taskService.getVariable(confirm.getId(), "electionDay")));
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(EARLY_ELECTION_CALLED);
        String early = motions.byNumber(instance.getBusinessKey()).earlyElectionNumber();
        assertThat(elections.byNumber(early).reason()).isEqualTo(ElectionReason.EARLY);
        assertThat(elections.byNumber(early).vacancyDate()).isEqualTo(LocalDate.parse("2027-02-26"));
        assertThat(plainText(onlyMail())).contains("Ваши полномочия акима прекращены");
    }

    /** The motion a step records on is its process's business key, whatever motion a completion names. */
    @Test
    void aVoteThatNamesAnotherMotionIsRecordedOnTheTasksOwnMotion() throws Exception {
        ProcessInstance first = file(AkimOfKosshy.motion(elect("en"), 25, 6));
        ProcessInstance second = file(AkimOfKosshy.motion(elect("en"), 25, 6));
        executeJob(first);
        executeJob(second);
        recordTheCarryingVote(first, Map.of("motionNumber", second.getBusinessKey()));

        assertThat(motions.byNumber(first.getBusinessKey()).status()).isEqualTo(MotionStatus.CARRIED);
        assertThat(motions.byNumber(second.getBusinessKey()).votesFor()).isNull();
    }

    // --- the story's steps

    /** The story's akim, elected and certified through election.bpmn; the election's own mails are cleared. */
    private String elect(String language) {
        String election = AkimOfKosshy.elect(akimElections, language);
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
        return election;
    }

    private ProcessInstance file(MotionRequest request) {
        return instance(motions.fileAndStart(request, "demo-maslikhat").motionNumber());
    }

    /** Filed 1 March, 6 of 25 signed; voted 5 March: 13 for, 5 against, 2 abstained, 5 absent: carried. */
    private ProcessInstance carried(String election) throws Exception {
        ProcessInstance instance = file(AkimOfKosshy.motion(election, 25, 6));
        executeJob(instance);
        recordTheCarryingVote(instance, Map.of());
        executeJob(instance);
        assertThat(instance).hasPassed(MAIL_VOTE_RESULT).isWaitingAt(RECORD_DISMISSAL_DECISION);
        assertThat(motions.byNumber(instance.getBusinessKey()).status()).isEqualTo(MotionStatus.CARRIED);
        return instance;
    }

    /** The secretariat records the session of 5 March: 13 for, 5 against, 2 abstained, 5 absent of 25. */
    private void recordTheCarryingVote(ProcessInstance instance, Map<String, Object> alsoSent) {
        AkimOfKosshy.at("2027-03-05T15:00:00+05:00");
        Task vote = task(instance);
        taskService.claim(vote.getId(), "demo-maslikhat");
        Map<String, Object> votes = vote(13, 5, 2, 25);
        votes.put("voteOn", "2027-03-05");
        votes.putAll(alsoSent);
        taskService.complete(vote.getId(), votes);
    }

    /** The acknowledgement is mailed and the secretariat keeps the appeal: its consideration, claimed, is returned. */
    private Task keptByTheMaslikhat(ProcessInstance instance) {
        executeJob(instance);
        Task decide = task(instance);
        taskService.claim(decide.getId(), "demo-maslikhat");
        taskService.complete(decide.getId(), Map.of("appealCompetence", "MASLIKHAT"));
        Task consider = task(instance);
        taskService.claim(consider.getId(), "demo-maslikhat");
        return consider;
    }

    private ProcessInstance startInTasklist(Map<String, Object> form) {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult().getId();
        SignIn.as(identityService, "demo-maslikhat", "maslikhat-secretariat");
        ProcessInstance started = formService.submitStartForm(definition, form);
        identityService.clearAuthentication();
        return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
    }

    private ProcessInstance instance(String businessKey) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(PROCESS).singleResult();
        return instance;
    }

    private static Map<String, Object> vote(int votesFor, int against, int abstained, int total) {
        return new HashMap<>(Map.of("voteOn", "2027-03-01", "votesFor", (long) votesFor, "votesAgainst", (long) against,
                "votesAbstained", (long) abstained, "deputiesTotal", (long) total));
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

    /** The {@code count}-th and last mail to that address, checking none else came. */
    private MimeMessage onlyMailTo(String address, int count) {
        MimeMessage[] all = smtp.getReceivedMessagesForDomain(address);
        assertThat(all).hasSize(count);
        return all[count - 1];
    }

    /** The akim's latest mail (GreenMail lists mails by mailbox, not by arrival). */
    private MimeMessage lastMail() {
        MimeMessage[] all = smtp.getReceivedMessagesForDomain("akim@example.kz");
        return all[all.length - 1];
    }

    private static Date date(String offsetDateTime) {
        return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
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

    private List<String> logged(String businessKey) {
        return jdbc.sql("SELECT template || '/' || language || '/' || recipient FROM election.mail_log WHERE business_key = ? ORDER BY id")
                .param(businessKey).query(String.class).list();
    }
}
