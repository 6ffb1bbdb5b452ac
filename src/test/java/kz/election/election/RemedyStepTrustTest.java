package kz.election.election;

import static kz.election.model.ElectionModel.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.audit.Decision;
import kz.election.audit.DecisionLog;
import kz.election.common.ConflictException;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.complaint.UpheldComplaints;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.conduct.process.ElectionVariables;
import kz.election.model.ElectionModel;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At the steps of election.bpmn: a remedy runs only on the stored decision that orders
 * it, whoever sends its message (the engine's grants aside, an administrator included); a step reached
 * by starting the process at it checks the database, not the route variables; one election has one process.
 */
@ElectionTest
class RemedyStepTrustTest {

    static final GreenMail smtp = TestSmtp.server();

    @Autowired
    ElectionStories stories;
    @Autowired
    UpheldComplaints complaints;
    @Autowired
    ElectionService elections;
    @Autowired
    ElectionResults results;
    @Autowired
    DecisionLog decisionLog;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void anAnnulmentWithoutAnUpheldComplaintOrderingItIsRefusedAndNothingChanges() {
        String number = stories.call("trust annulment");
        ElectionStatus before = elections.byNumber(number).status();
        String dismissed = complaints.dismissed(number);
        String otherRemedy = complaints.upheld(number, new Remedy(RemedyKind.ANNUL_PRECINCT, 1, null, null));

        for (String complaint : new String[] {null, number + "-C999", dismissed, otherRemedy}) {
            assertThatThrownBy(() -> annul(number, complaint))
                    .as("complaint %s", complaint)
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("Refused: ANNUL_ELECTION in election " + number);
        }
        assertThat(elections.byNumber(number).status()).isEqualTo(before);
        assertThat(stories.instance(number)).isNotNull();
        assertThat(elections.followUps(number)).isEmpty();
        assertThat(decisionLog.forBusinessKey(number)).extracting(Decision::decision).doesNotContain("ELECTION_ANNULLED");
    }

    @Test
    void anUpheldAnnulmentIsRecordedAsDecidedByTheOfficerWithItsComplaintNotBySystem() {
        String number = stories.call("trust annulment upheld");
        String complaint = complaints.upheld(number, new Remedy(RemedyKind.ANNUL_ELECTION, null, null, null));

        annul(number, complaint);

        assertThat(elections.byNumber(number).status()).isEqualTo(ElectionStatus.ANNULLED);
        assertThat(elections.followUps(number)).hasSize(1);
        assertThat(decisionLog.forBusinessKey(number)).filteredOn(d -> d.decision().equals("ELECTION_ANNULLED"))
                .singleElement().satisfies(d -> {
                    assertThat(d.actor()).isEqualTo(UpheldComplaints.OFFICER);
                    assertThat(d.reason()).contains("Complaint " + complaint + " upheld: The act was unlawful.");
                    assertThat(d.details()).contains(complaint);
                });
    }

    @Test
    void aPrecinctIsExcludedOnlyOnAnUpheldComplaintAnnullingThatVeryPrecinct() {
        String number = stories.call("trust exclusion");
        String complaint = complaints.upheld(number, new Remedy(RemedyKind.ANNUL_PRECINCT, 2, null, null));

        assertThatThrownBy(() -> annulPrecinct(number, 1, complaint)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Refused: ANNUL_PRECINCT 1");
        assertThatThrownBy(() -> annulPrecinct(number, 2, null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no complaint is named");
        assertThat(results.excludedPrecincts(number)).isEmpty();

        annulPrecinct(number, 2, complaint);
        assertThat(results.excludedPrecincts(number)).containsExactly(2);
    }

    @Test
    void theElectionIsNotEndedAsFailedNorRepeatedWhenTheProcessIsStartedAtThoseSteps() {
        String number = stories.call("trust failed election");
        ProcessInstance election = stories.instance(number);
        ElectionStatus before = elections.byNumber(number).status();

        // an administrator's repair that starts the steps directly, with route variables that say "no contest"
        assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(election.getId())
                .startBeforeActivity(RECORD_FAILED_ELECTION)
                .setVariable("registrationRoute", "NO_CONTEST").execute())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is still before its registration close");
        assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(election.getId())
                .startBeforeActivity(CALL_REPEAT_ELECTION).execute())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("a repeat election follows only an invalid, uncontested or annulled one");

        assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(election.getId())
                .startBeforeActivity(CALL_REPEAT_VOTING).setVariable("repeatVotingDay", "2026-11-01").execute())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("a repeat voting follows only a published tie");

        assertThat(elections.byNumber(number).status()).isEqualTo(before);
        assertThat(elections.followUps(number)).isEmpty();
    }

    @Test
    void aSecondElectionCalledForAnExistingElectionNumberIsRefused() {
        String number = stories.call("trust second call");

        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(ElectionCalls.CALLED_MESSAGE)
                .processInstanceBusinessKey(number)
                .setVariables(Map.of(ElectionCalls.ELECTION_NUMBER, number, ElectionCalls.REPEAT_VOTING, false))
                .correlateStartMessage())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has its process");
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(ElectionCalls.CALLED_MESSAGE)
                .processInstanceBusinessKey(number + "-X")
                .setVariables(Map.of(ElectionCalls.ELECTION_NUMBER, number, ElectionCalls.REPEAT_VOTING, false))
                .correlateStartMessage())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("no election " + number + "-X is stored");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ElectionCalls.PROCESS_ID)
                .processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    @Test
    void theCommissionEstablishesTheLatestResultVersionWhateverVersionTheCompletionSends() {
        String number = stories.call("trust result version");
        stories.twoRegisteredCandidates(number);
        stories.throughElectionDay(number, new long[] {300, 100, 20}, new long[] {50, 200, 10});
        stories.superviseAll(number);
        // a revision before the establishment: version 2 replaces version 1
        runtimeService.createMessageCorrelation(ElectionModel.Messages.RESULT_REVISION_REQUESTED).processInstanceBusinessKey(number)
                .setVariable("revisionCause", "recount at precinct 2").correlateAllWithResult();
        assertThat(results.current(number).orElseThrow().version()).isEqualTo(2);

        stories.complete(number, ESTABLISH_RESULT, "demo-tec", Map.of("tabulationChecked", true, "declareInvalid", false,
                ElectionVariables.RESULT_VERSION, 1));

        assertThat(results.history(number)).extracting(ResultVersion::version, ResultVersion::established)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
    }

    private void annul(String number, String complaint) {
        var correlation = runtimeService.createMessageCorrelation(ElectionModel.Messages.ELECTION_ANNULLED).processInstanceBusinessKey(number)
                .setVariable("annulmentReason", "sent by hand");
        if (complaint != null) {
            correlation.setVariable("complaintNumber", complaint);
        }
        correlation.correlateWithResult();
    }

    private void annulPrecinct(String number, int precinct, String complaint) {
        var correlation = runtimeService.createMessageCorrelation(ElectionModel.Messages.PRECINCT_ANNULLED).processInstanceBusinessKey(number)
                .setVariable("precinctNumber", precinct);
        if (complaint != null) {
            correlation.setVariable("complaintNumber", complaint);
        }
        correlation.correlateWithResult();
    }
}
