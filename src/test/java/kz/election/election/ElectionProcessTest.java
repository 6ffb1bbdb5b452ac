package kz.election.election;

import static kz.election.model.ElectionModel.Elements.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.FullProcessCoverage;
import kz.election.TestSmtp;
import kz.election.audit.Decision;
import kz.election.audit.DecisionLog;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationChecks;
import kz.election.candidate.NominationRepository;
import kz.election.candidate.NominationStatus;
import kz.election.common.InvalidInputException;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.UpheldComplaints;
import kz.election.conduct.AkimTerms;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.model.ElectionModel;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * election.bpmn told as stories, each on an election of its own, through the real engine, PostgreSQL
 * and GreenMail: the normal way to a certified akim (with every escalation, and a precinct annulment
 * that changes the winner), too few nominees, a tie, an invalid election, a cancellation next to an
 * untouched second election, and a late nomination. After the last story every flow node and sequence
 * flow of the model has been passed.
 */
@ElectionTest
@FullProcessCoverage("election")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionProcessTest {

    static final GreenMail smtp = TestSmtp.server();

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired UpheldComplaints complaints;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired FormService formService;
    @Autowired ElectionStories stories;
    @Autowired ElectionService elections;
    @Autowired ElectionResults results;
    @Autowired AkimTerms terms;
    @Autowired ElectionCancellations cancellations;
    @Autowired NominationRepository candidates;
    @Autowired BallotService ballots;
    @Autowired DecisionLog decisionLog;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aContestedElectionEndsWithTheCertifiedAkimAfterAPrecinctAnnulmentChangedTheWinner() throws Exception {
        String number = call("normal");
        ProcessInstance election = stories.instance(number);
        assertThat(election).isWaitingAt(NOMINATION_OPENS);
        statusIs(number, ElectionStatus.ANNOUNCED);

        List<String> candidatesOnBallot = stories.twoRegisteredCandidates(number);
        statusIs(number, ElectionStatus.NOMINATION);

        // 24 hours before the nomination close the commission is warned and supervisors get a task
        stories.advanceTo(number, "2026-08-17T18:00:00+05:00");
        assertThat(election).hasPassed(NOMINATION_CLOSE_NEAR, MAIL_ESCALATION).isWaitingAt(SUPERVISE_DEADLINE);
        Assertions.assertThat(mailed(number, "deadline-escalation")).containsExactly("ru/tselinograd@election.example.kz");
        Assertions.assertThat(smtp.getReceivedMessages()).anySatisfy(mail ->
                Assertions.assertThat(mail.getSubject()).contains("Nomination closes"));
        Assertions.assertThat(stories.task(number, SUPERVISE_DEADLINE).getDueDate())
                .isEqualTo(java.util.Date.from(java.time.OffsetDateTime.parse("2026-08-18T18:00:00+05:00").toInstant()));
        assertThat(stories.task(number, SUPERVISE_DEADLINE)).hasCandidateGroup("supervisors");
        Assertions.assertThat(stories.superviseAll(number)).isEqualTo(1);
        Assertions.assertThat(decisionLog.forBusinessKey(number)).extracting(Decision::decision)
                .contains("DEADLINE_SUPERVISED");

        stories.advanceTo(number, "2026-08-18T18:00:00+05:00");
        assertThat(election).hasPassed(NOMINATION_CLOSES, COUNT_NOMINEES).hasNotPassed(EXTEND_NOMINATION)
                .isWaitingAt(REGISTRATION_CLOSES);
        statusIs(number, ElectionStatus.REGISTRATION);
        stories.advanceTo(number, "2026-08-22T18:00:00+05:00");
        assertThat(election).hasPassed(REGISTRATION_CLOSE_NEAR);
        stories.superviseAll(number);

        stories.advanceTo(number, "2026-08-23T18:00:00+05:00");
        assertThat(election).hasPassed(COUNT_REGISTERED, FIX_BALLOT).isWaitingAt(CAMPAIGN_ENDS);
        Assertions.assertThat(ballots.ballot(number)).extracting(BallotEntry::registrationNumber)
                .containsExactlyElementsOf(candidatesOnBallot);
        statusIs(number, ElectionStatus.CAMPAIGN);

        stories.advanceTo(number, "2026-09-12T00:00:00+05:00");
        assertThat(election).isWaitingAt(POLLS_OPEN);
        statusIs(number, ElectionStatus.SILENCE);
        stories.advanceTo(number, "2026-09-13T07:00:00+05:00");
        assertThat(election).isWaitingAt(COUNT_PRECINCTS);
        statusIs(number, ElectionStatus.VOTING);

        // precinct 1 elects the first candidate overall; without it the second wins
        stories.at("2026-09-13T21:00:00+05:00");
        stories.count(number, 1, new long[] {300, 100, 20});
        assertThat(election).isWaitingAt(COUNT_PRECINCTS);
        stories.count(number, 2, new long[] {50, 200, 10});
        assertThat(election).hasPassed(TABULATE_RESULT).isWaitingAt(ESTABLISH_RESULT);
        assertThat(stories.task(number, ESTABLISH_RESULT)).hasCandidateGroup("tec-staff");
        Assertions.assertThat((String) runtimeService.getVariable(election.getId(), "resultSummary"))
                .contains(candidatesOnBallot.get(0) + " Aigerim Sadykova " + number + ": 350 votes",
                        candidatesOnBallot.get(1) + " Nurlan Bekov " + number + ": 300 votes", "Against all: 30");

        stories.advanceTo(number, "2026-09-16T00:00:00+05:00");
        assertThat(election).hasPassed(RESULT_DEADLINE_NEAR);
        Assertions.assertThat(mailed(number, "deadline-escalation")).hasSize(3);
        Assertions.assertThat(smtp.getReceivedMessages()).anySatisfy(mail ->
                Assertions.assertThat(mail.getSubject()).contains("Result established"));
        stories.superviseAll(number);

        stories.complete(number, ESTABLISH_RESULT, "demo-tec", Map.of("tabulationChecked", true, "declareInvalid", false));
        statusIs(number, ElectionStatus.RESULT_ESTABLISHED);
        // the one who established it cannot publish it
        assertThatThrownBy(() -> stories.complete(number, PUBLISH_RESULT, "demo-tec", Map.of("resultChecked", true)))
                .satisfies(ElectionProcessTest::isRefusal).hasMessageContaining("publishedBy")
                .hasMessageContaining("another member of the territorial commission");
        stories.complete(number, PUBLISH_RESULT, "tec-second-member", Map.of("resultChecked", true));
        ResultVersion first = results.current(number).orElseThrow();
        Assertions.assertThat(first.winnerRegistrationNumber()).isEqualTo(candidatesOnBallot.get(0));
        Assertions.assertThat(first.establishedBy()).isEqualTo("demo-tec");
        Assertions.assertThat(first.publishedBy()).isEqualTo("tec-second-member");

        stories.runDueJobs(number);
        assertThat(election).hasPassed(MAIL_RESULT, OUTCOME_GATEWAY).isWaitingAt(COMPLAINT_WINDOW);
        Assertions.assertThat(mailed(number, "election-result")).containsExactlyInAnyOrder(
                "ru/" + stories.nomination(number + "-N01").email(), "ru/" + stories.nomination(number + "-N02").email());

        // a complaint annuls precinct 1: the result is re-tabulated and the second candidate wins
        String annulment = complaints.upheld(number, new Remedy(RemedyKind.ANNUL_PRECINCT, 1, null, null));
        runtimeService.createMessageCorrelation(ElectionModel.Messages.PRECINCT_ANNULLED).processInstanceBusinessKey(number)
                .setVariable("precinctNumber", 1).setVariable("complaintNumber", annulment).correlateWithResult();
        assertThat(election).hasPassed(EXCLUDE_PRECINCT, REVISE_AFTER_ANNULMENT).isWaitingAt(COMPLAINT_WINDOW);
        ResultVersion revised = results.current(number).orElseThrow();
        Assertions.assertThat(revised.version()).isEqualTo(2);
        Assertions.assertThat(revised.winnerRegistrationNumber()).isEqualTo(candidatesOnBallot.get(1));
        Assertions.assertThat(runtimeService.getVariable(election.getId(), "winner")).isEqualTo("Nurlan Bekov " + number);
        Assertions.assertThat(revised.cause()).contains("precinct 1 annulled", annulment);
        Assertions.assertThat(results.excludedPrecincts(number)).containsExactly(1);
        // a later revision request (a recount elsewhere) re-tabulates again, keeping the exclusion
        runtimeService.createMessageCorrelation(ElectionModel.Messages.RESULT_REVISION_REQUESTED).processInstanceBusinessKey(number)
                .setVariable("revisionCause", "recount at precinct 2").correlateAllWithResult();
        Assertions.assertThat(results.history(number)).extracting(ResultVersion::version, ResultVersion::winnerRegistrationNumber)
                .containsExactly(tuple(1, candidatesOnBallot.get(0)), tuple(2, candidatesOnBallot.get(1)),
                        tuple(3, candidatesOnBallot.get(1)));

        // the complaint window ends three days after publication: certification, escalated the day before its deadline
        stories.advanceTo(number, "2026-09-19T21:00:00+05:00");
        assertThat(election).isWaitingAt(CERTIFY_AKIM);
        stories.advanceTo(number, "2026-09-20T00:00:00+05:00");
        assertThat(election).hasPassed(WINNER_REGISTRATION_NEAR);
        stories.superviseAll(number);
        assertThatThrownBy(() -> stories.complete(number, CERTIFY_AKIM, "demo-tec", Map.of("termFrom", "2026-09-30")))
                .satisfies(ElectionProcessTest::isRefusal).hasMessageContaining("termFrom");
        stories.complete(number, CERTIFY_AKIM, "demo-tec", Map.of("termFrom", "2026-10-02", "documentsChecked", true));
        assertThat(election).isEnded().hasPassed(AKIM_CERTIFIED);
        AkimTerm term = terms.sitting(number).orElseThrow();
        Assertions.assertThat(term.registrationNumber()).isEqualTo(candidatesOnBallot.get(1));
        Assertions.assertThat(term.termTo()).isEqualTo(LocalDate.parse("2030-10-01"));
        statusIs(number, ElectionStatus.CERTIFIED);
    }

    @Test
    void tooFewNomineesExtendNominationThenTheHigherAkimNominatesAndWithNobodyRegisteredARepeatElectionFollows() {
        String number = startInTasklist("too few");
        ProcessInstance election = stories.instance(number);
        stories.advanceTo(number, "2026-08-10T10:00:00+05:00");
        stories.nominate(number, "Lone Nominee " + number);

        stories.advanceTo(number, "2026-08-18T18:00:00+05:00");
        stories.superviseAll(number);
        assertThat(election).hasPassed(ENOUGH_NOMINEES_GATEWAY, EXTEND_NOMINATION).isWaitingAt(EXTENDED_NOMINATION_CLOSES);
        Assertions.assertThat(elections.calendar(number).at(NominationChecks.NOMINATION_EXTENDED_UNTIL))
                .isEqualTo(java.time.OffsetDateTime.parse("2026-08-21T18:00:00+05:00"));
        statusIs(number, ElectionStatus.NOMINATION_EXTENDED);

        stories.advanceTo(number, "2026-08-20T18:00:00+05:00");
        assertThat(election).hasPassed(EXTENDED_CLOSE_NEAR);
        stories.superviseAll(number);
        stories.advanceTo(number, "2026-08-21T18:00:00+05:00");
        assertThat(election).hasPassed(RECOUNT_NOMINEES).isWaitingAt(NOMINATE_BY_HIGHER_AKIM);
        statusIs(number, ElectionStatus.HIGHER_AKIM_NOMINATION);

        stories.advanceTo(number, "2026-08-22T18:00:00+05:00");
        assertThat(election).hasPassed(HIGHER_AKIM_NOMINATION_NEAR);
        stories.superviseAll(number);

        // a nominee without an IIN is named by its place in the form; nothing is filed
        Map<String, Object> form = higherAkimForm("Second Nominee " + number);
        form.put("nominee1Iin", "");
        assertThatThrownBy(() -> stories.complete(number, NOMINATE_BY_HIGHER_AKIM, "demo-tec", form))
                .satisfies(ElectionProcessTest::isRefusal).hasMessageContaining("nominee1.iin");
        Assertions.assertThat(candidates.countNominations(number)).isEqualTo(1);

        stories.complete(number, NOMINATE_BY_HIGHER_AKIM, "demo-tec", higherAkimForm("Second Nominee " + number));
        assertThat(election).hasPassed(NOMINATE_BY_HIGHER_AKIM, REGISTRATION_JOIN).isWaitingAt(REGISTRATION_CLOSES);
        Nomination filed = candidates.byReference(number + "-N02");
        Assertions.assertThat(filed.status()).isEqualTo(NominationStatus.UNDER_REVIEW);
        // the nomination holds the nominee's IIN and e-mail; the election's instance and its history do not
        Assertions.assertThat(runtimeService.getVariables(election.getId())).doesNotContainKeys("nominee1Iin", "nominee1Email");
        Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(election.getId())
                .variableNameIn("nominee1Iin", "nominee1BirthDate", "nominee1Address", "nominee1Email").count()).isZero();
        Assertions.assertThat(decisionLog.forBusinessKey(number)).extracting(Decision::decision)
                .contains("NOMINATION_EXTENDED", "HIGHER_AKIM_NOMINATED");

        // nobody was registered by the close: no contest, and a linked REPEAT election is called
        stories.advanceTo(number, "2026-08-23T18:00:00+05:00");
        stories.superviseAll(number);
        assertThat(election).hasPassed(REGISTERED_GATEWAY, RECORD_FAILED_ELECTION, CALL_REPEAT_ELECTION,
                REPEAT_ELECTION_CALLED).isEnded();
        statusIs(number, ElectionStatus.NO_CONTEST);
        String repeat = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(election.getId())
                .variableName("followUpElection").singleResult().getValue();
        Election repeatElection = elections.byNumber(repeat);
        Assertions.assertThat(repeatElection.reason()).isEqualTo(ElectionReason.REPEAT);
        Assertions.assertThat(repeatElection.previousElectionNumber()).isEqualTo(number);
        Assertions.assertThat(repeatElection.electionDay()).isEqualTo(LocalDate.parse("2026-10-04"));
        Assertions.assertThat(repeatElection.precincts()).hasSize(2);
        assertThat(stories.instance(repeat)).isWaitingAt(NOMINATION_OPENS);
    }

    @Test
    void anExtensionThatBringsASecondNomineeGoesOnAndALateNominationIsRefusedWithTheDeadline() {
        String number = call("extension");
        ProcessInstance election = stories.instance(number);
        stories.advanceTo(number, "2026-08-10T10:00:00+05:00");
        stories.nominate(number, "First Nominee " + number);
        stories.advanceTo(number, "2026-08-18T18:00:00+05:00");
        stories.at("2026-08-20T09:00:00+05:00");
        stories.nominate(number, "Extension Nominee " + number);
        stories.advanceTo(number, "2026-08-21T18:00:00+05:00");
        stories.superviseAll(number);
        assertThat(election).hasPassed(RECOUNT_NOMINEES).hasNotPassed(NOMINATE_BY_HIGHER_AKIM).isWaitingAt(REGISTRATION_CLOSES);

        stories.at("2026-08-21T18:00:01+05:00");
        String late = stories.nominate(number, "Late Nominee " + number);
        Nomination refused = candidates.byReference(late);
        Assertions.assertThat(refused.status()).isEqualTo(NominationStatus.REFUSED);
        Assertions.assertThat(refused.reasoning()).contains("after nomination closed", "2026-08-21 18:00", "(extended)");
    }

    @Test
    void aCancelledElectionEndsWithEveryChildProcessWhileASecondElectionGoesOnUntouched() {
        String cancelled = call("cancelled");
        String untouched = call("untouched");
        stories.advanceTo(cancelled, "2026-08-10T10:00:00+05:00");
        stories.runDueJobs(untouched);
        String cancelledNominee = stories.nominate(cancelled, "Cancelled Nominee " + cancelled);
        String untouchedNominee = stories.nominate(untouched, "Untouched Nominee " + untouched);
        String cancelledRegistration = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(cancelledNominee).singleResult().getId();

        assertThatThrownBy(() -> cancellations.cancel(cancelled, " ", "demo-tec"))
                .satisfies(ElectionProcessTest::isRefusal).hasMessageContaining("reason");
        cancellations.cancel(cancelled, "The territory was merged into a neighbouring rural district", "demo-tec");

        ProcessInstance election = stories.instance(cancelled);
        Assertions.assertThat(election).isNull();
        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(cancelled).processDefinitionKey(ElectionCalls.PROCESS_ID).singleResult();
        Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(ended.getId())
                .activityId(CANCELLATION_RECORDED).count()).isEqualTo(1);
        statusIs(cancelled, ElectionStatus.CANCELLED);
        HistoricProcessInstance child = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(cancelledRegistration).singleResult();
        Assertions.assertThat(child.getDeleteReason()).contains("cancelled", "merged into a neighbouring");

        // the other election, its nominee and its timers are untouched
        assertThat(stories.instance(untouched)).isWaitingAt(NOMINATION_CLOSES);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(untouchedNominee)
                .count()).isEqualTo(1);
        statusIs(untouched, ElectionStatus.NOMINATION);
    }

    @Test
    void aTieCallsARepeatVotingOfTheTiedCandidatesWhichAnAnnulmentThenEnds() {
        String number = call("tie");
        ProcessInstance election = stories.instance(number);
        List<String> registered = stories.twoRegisteredCandidates(number);
        stories.throughElectionDay(number, new long[] {200, 150, 10}, new long[] {100, 150, 10});
        stories.superviseAll(number);
        stories.complete(number, ESTABLISH_RESULT, "demo-tec", Map.of("tabulationChecked", true));
        stories.complete(number, PUBLISH_RESULT, "tec-second-member", Map.of("resultChecked", true));
        stories.runDueJobs(number);
        assertThat(election).hasPassed(OUTCOME_GATEWAY).isWaitingAt(SET_REPEAT_VOTING_DAY);

        assertThatThrownBy(() -> stories.complete(number, SET_REPEAT_VOTING_DAY, "demo-tec",
                Map.of("repeatVotingDay", "2026-10-31")))
                .satisfies(ElectionProcessTest::isRefusal).hasMessageContaining("repeatVotingDay")
                .hasMessageContaining("Sunday");
        stories.complete(number, SET_REPEAT_VOTING_DAY, "demo-tec", Map.of("repeatVotingDay", "2026-11-01"));
        assertThat(election).hasPassed(CALL_REPEAT_VOTING, REPEAT_VOTING_CALLED).isEnded();
        statusIs(number, ElectionStatus.REPEAT_VOTING_CALLED);

        String repeat = elections.followUps(number).get(0);
        Assertions.assertThat(elections.repeatVotingOf(repeat)).contains(number);
        Assertions.assertThat(ballots.ballot(repeat)).extracting(BallotEntry::registrationNumber)
                .containsExactlyElementsOf(registered);
        ProcessInstance repeatVoting = stories.instance(repeat);
        assertThat(repeatVoting).hasPassed(REPEAT_VOTING_GATEWAY, BALLOT_READY).hasNotPassed(NOMINATION_PERIOD).isWaitingAt(CAMPAIGN_ENDS);

        // the repeat voting itself is annulled by a court: ended, and a REPEAT election follows it
        String courtCase = complaints.upheld(repeat, new Remedy(RemedyKind.ANNUL_ELECTION, null, null, null));
        runtimeService.createMessageCorrelation(ElectionModel.Messages.ELECTION_ANNULLED).processInstanceBusinessKey(repeat)
                .setVariable("complaintNumber", courtCase).setVariable("annulmentReason", "court ruling")
                .correlateWithResult();
        assertThat(repeatVoting).hasPassed(ANNUL_ELECTION, CALL_REPEAT_AFTER_ANNULMENT).isEnded();
        statusIs(repeat, ElectionStatus.ANNULLED);
        Assertions.assertThat(elections.followUps(repeat)).hasSize(1);
    }

    @Test
    void anElectionDeclaredInvalidCallsALinkedRepeatElection() throws Exception {
        String number = call("invalid");
        ProcessInstance election = stories.instance(number);
        stories.twoRegisteredCandidates(number);
        stories.throughElectionDay(number, new long[] {200, 150, 10}, new long[] {100, 120, 10});
        assertThatThrownBy(() -> stories.complete(number, ESTABLISH_RESULT, "demo-tec",
                Map.of("tabulationChecked", true, "declareInvalid", true)))
                .satisfies(ElectionProcessTest::isRefusal).hasMessageContaining("invalidityReason");
        stories.complete(number, ESTABLISH_RESULT, "demo-tec", Map.of("tabulationChecked", true,
                "declareInvalid", true, "invalidityReason", "Ballot box of precinct 2 was opened before the count"));
        stories.complete(number, PUBLISH_RESULT, "tec-second-member", Map.of("resultChecked", true));
        stories.runDueJobs(number);
        assertThat(election).hasPassed(OUTCOME_GATEWAY, RECORD_FAILED_ELECTION, CALL_REPEAT_ELECTION).isEnded();
        statusIs(number, ElectionStatus.INVALID);
        Assertions.assertThat(results.current(number).orElseThrow().outcome()).isEqualTo("INVALID");
        Assertions.assertThat(mailed(number, "election-result")).hasSize(2);
        String repeat = elections.followUps(number).get(0);
        Assertions.assertThat(elections.byNumber(repeat).previousElectionNumber()).isEqualTo(number);
    }

    // --- the story's steps

    /** Where the election stands in the election schema, as the process moved it. */
    private void statusIs(String number, ElectionStatus status) {
        Assertions.assertThat(elections.byNumber(number).status()).as(number).isEqualTo(status);
    }

    private String call(String story) {
        String number = stories.call(story);
        return number;
    }

    /** As Tasklist does: the start form's fields go to the start event, the process records the election. */
    private String startInTasklist(String story) {
        stories.at("2026-08-01T10:00:00+05:00");
        AnnouncementRequest request = ElectionStories.request(story);
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ElectionCalls.PROCESS_ID)
                .latestVersion().singleResult().getId();
        Map<String, Object> form = new HashMap<>();
        form.put("territory", request.territory());
        form.put("level", "RURAL");
        form.put("post", request.post());
        form.put("reason", "REGULAR");
        form.put("electionDay", "2026-09-13");
        form.put("termEnd", "2026-10-01");
        form.put("precinctsCsv", ElectionStories.TWO_PRECINCTS);
        form.put("recordedBy", "demo-tec");
        ProcessInstance instance = formService.submitStartForm(definition, form);
        String number = instance.getBusinessKey();
        assertThat(instance).hasPassed(ELECTION_ANNOUNCED_IN_TASKLIST, RECORD_ANNOUNCEMENT).isWaitingAt(NOMINATION_OPENS);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), "precinctsCsv")).isNull();
        stories.bindPrecinctMembers(number);
        return number;
    }

    private static Map<String, Object> higherAkimForm(String name) {
        var request = ElectionStories.nominee(name);
        Map<String, Object> form = new HashMap<>();
        form.put("higherAkim", "Akim of Kosshy district, B. Temirov");
        form.put("nominee1FullName", request.fullName());
        form.put("nominee1Iin", request.iin());
        form.put("nominee1BirthDate", request.birthDate().toString());
        form.put("nominee1Citizenship", "KZ");
        form.put("nominee1Address", request.address());
        form.put("nominee1Email", request.email());
        form.put("nominee1Language", "kk");
        form.put("nominee1NominationType", "PARTY");
        form.put("nominee1PartyName", request.partyName());
        form.put("nominee1Documents", String.join(",", ElectionStories.PARTY_DOCUMENTS));
        form.put("nominee1DocumentsReceivedOn", "2026-08-22");
        form.put("nominee1LegalCapacityDeclared", true);
        form.put("nominee1NoCriminalRecordDeclared", true);
        form.put("nominee1NoCorruptionOffenceDeclared", true);
        form.put("secondNominee", false);
        return form;
    }

    /** A refusal of bad input: the engine wraps what a task listener throws, the cause is the field list. */
    static void isRefusal(Throwable thrown) {
        Throwable t = thrown;
        while (t != null && !(t instanceof InvalidInputException)) {
            t = t.getCause();
        }
        Assertions.assertThat(t).as("an InvalidInputException in " + thrown).isInstanceOf(InvalidInputException.class);
    }

    /** What the mail log holds for the election: language/recipient per mail of that template, in order. */
    /**
     * Two commissions run an election each, side by side, from the call to the certified akim: Tselinograd's
     * TEC and Shortandy's next door. No task of one is offered to, seen or worked by the other; every
     * instance belongs to its own commission; every warning goes to its own commission's mailbox.
     */
    @Test
    void twoCommissionsRunTheirElectionsSideBySideWithoutCrossingTasksOrMails() throws Exception {
        String shortandyStaff = "shortandy-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        org.camunda.bpm.engine.identity.User user = identityService.newUser(shortandyStaff);
        user.setPassword(kz.election.ElectionTest.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(shortandyStaff, "tec-staff");
        jdbc.sql("INSERT INTO election.commission_member (commission_code, user_id, position, added_by, added_at)"
                        + " VALUES (?, ?, 'SECRETARY', 'test', now())")
                .params(DemoRegister.OTHER_TEC, shortandyStaff).update();
        ElectionStories.Side shortandy = new ElectionStories.Side(DemoRegister.OTHER_RURAL_DISTRICT, shortandyStaff);

        String inX = stories.call("side by side X");
        String inY = stories.call("side by side Y", shortandy);
        stories.twoRegisteredCandidates(inX);
        stories.twoRegisteredCandidates(inY);
        stories.advanceTo(inX, "2026-08-17T18:00:00+05:00");
        stories.runDueJobs(inY);
        assertNoCrossing(inX, inY, shortandyStaff);
        stories.superviseAll(inX);
        stories.superviseAll(inY);
        for (String number : List.of(inX, inY)) {
            stories.throughElectionDay(number, new long[] {300, 100, 20}, new long[] {50, 200, 10});
        }
        assertNoCrossing(inX, inY, shortandyStaff);
        stories.advanceTo(inX, "2026-09-16T00:00:00+05:00");
        stories.runDueJobs(inY);
        stories.superviseAll(inX);
        stories.superviseAll(inY);
        stories.complete(inX, ESTABLISH_RESULT, "demo-tec", Map.of("tabulationChecked", true, "declareInvalid", false));
        stories.complete(inY, ESTABLISH_RESULT, shortandyStaff, Map.of("tabulationChecked", true, "declareInvalid", false));
        stories.complete(inX, PUBLISH_RESULT, "tec-second-member", Map.of("resultChecked", true));
        stories.complete(inY, PUBLISH_RESULT, "shortandy-second-member", Map.of("resultChecked", true));
        stories.advanceTo(inX, "2026-09-20T00:00:00+05:00");
        stories.runDueJobs(inY);
        stories.superviseAll(inX);
        stories.superviseAll(inY);
        assertNoCrossing(inX, inY, shortandyStaff);
        stories.complete(inX, CERTIFY_AKIM, "demo-tec", Map.of("termFrom", "2026-10-02", "documentsChecked", true));
        stories.complete(inY, CERTIFY_AKIM, shortandyStaff, Map.of("termFrom", "2026-10-02", "documentsChecked", true));
        statusIs(inX, ElectionStatus.CERTIFIED);
        statusIs(inY, ElectionStatus.CERTIFIED);

        // every instance of each story belongs to its own commission, in history too
        Assertions.assertThat(tenantsOf(inX)).containsOnly(DemoRegister.TEC);
        Assertions.assertThat(tenantsOf(inY)).containsOnly(DemoRegister.OTHER_TEC);
        // every warning went to its own commission's mailbox, in its language (Shortandy's works in Kazakh)
        Assertions.assertThat(mailedLike(inX, "deadline-escalation")).isNotEmpty()
                .allMatch(mail -> mail.equals("ru/tselinograd@election.example.kz"));
        Assertions.assertThat(mailedLike(inY, "deadline-escalation")).isNotEmpty()
                .allMatch(mail -> mail.equals("kk/shortandy@election.example.kz"));
    }

    /** What each side's staff may see is its own; no grant of one side's task names the other's groups. */
    private void assertNoCrossing(String inX, String inY, String shortandyStaff) {
        for (var side : List.of(java.util.Map.entry("demo-tec", DemoRegister.TEC),
                java.util.Map.entry(shortandyStaff, DemoRegister.OTHER_TEC))) {
            kz.election.SignIn.as(identityService, side.getKey(), "tec-staff");
            try {
                Assertions.assertThat(processEngine.getTaskService().createTaskQuery().list())
                        .allSatisfy(task -> Assertions.assertThat(task.getTenantId()).isEqualTo(side.getValue()));
            } finally {
                identityService.clearAuthentication();
            }
        }
        for (var side : List.of(java.util.Map.entry(inX, DemoRegister.OTHER_TEC), java.util.Map.entry(inY, DemoRegister.TEC))) {
            Assertions.assertThat(jdbc.sql("""
                            SELECT a.group_id_ FROM act_ru_authorization a JOIN act_ru_task t ON t.id_ = a.resource_id_
                            JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                            WHERE a.resource_type_ = 7 AND a.group_id_ IS NOT NULL
                              AND (e.business_key_ = ? OR e.business_key_ LIKE ? OR e.business_key_ LIKE ?)""")
                    .params(side.getKey(), side.getKey() + "/%", side.getKey() + "-N%").query(String.class).list())
                    .as("grants on the tasks of " + side.getKey())
                    .noneMatch(group -> group.startsWith(side.getValue() + "."));
        }
    }

    private List<String> tenantsOf(String number) {
        return jdbc.sql("""
                        SELECT DISTINCT coalesce(tenant_id_, '(none)') FROM act_hi_procinst
                        WHERE business_key_ = ? OR business_key_ LIKE ? OR business_key_ LIKE ?""")
                .params(number, number + "/%", number + "-N%").query(String.class).list();
    }

    private List<String> mailedLike(String number, String template) {
        return jdbc.sql("""
                        SELECT language || '/' || recipient FROM election.mail_log
                        WHERE (business_key = ? OR business_key LIKE ?) AND template = ? ORDER BY id""")
                .params(number, number + "-%", template).query(String.class).list();
    }

    private List<String> mailed(String number, String template) {
        return jdbc.sql("""
                        SELECT language || '/' || recipient FROM election.mail_log
                        WHERE business_key = ? AND template = ? ORDER BY id""")
                .params(number, template).query(String.class).list();
    }
}
