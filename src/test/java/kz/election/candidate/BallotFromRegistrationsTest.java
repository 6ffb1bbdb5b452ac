package kz.election.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.conduct.ElectionProgress;
import kz.election.election.ElectionService;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registered candidates join the ballot in registration order; a withdrawn one does not. */
@ElectionTest
class BallotFromRegistrationsTest {

    static final GreenMail smtp = TestSmtp.server();

    @Autowired
    ElectionService elections;
    @Autowired
    CandidateService candidates;
    @Autowired
    BallotService ballots;
    @Autowired
    ElectionProgress progress;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @Test
    void registeredCandidatesJoinTheBallotInRegistrationOrder() {
        String election = KosshyElection.announce(elections, "ballot");

        // filed in one order, decided in another: the ballot follows the decisions
        ProcessInstance first = file(election, "Nurlan Bekov", "Respublica", LocalDate.of(1975, 3, 2));
        ProcessInstance second = file(election, "Aigerim Sadykova", "Amanat", LocalDate.of(1980, 5, 15));
        ProcessInstance withdrawn = file(election, "Dias Omarov", "Aq Jol", LocalDate.of(1988, 11, 30));
        register(second);
        register(first);
        register(withdrawn);
        runtimeService.createMessageCorrelation("candidateWithdrawal")
                .processInstanceBusinessKey(withdrawn.getBusinessKey())
                .setVariable("withdrawalReason", "written withdrawal of the candidate")
                .setVariable("recordedBy", "demo-tec")
                .correlate();

        assertThat(progress.fixBallot(election)).containsExactly(
                new BallotEntry(election + "-C01", "Aigerim Sadykova", "Amanat"),
                new BallotEntry(election + "-C02", "Nurlan Bekov", "Respublica"));
        assertThat(ballots.ballot(election)).extracting(BallotEntry::registrationNumber)
                .containsExactly(election + "-C01", election + "-C02");
    }

    private ProcessInstance file(String election, String name, String party, LocalDate born) {
        Map<String, LocalDate> received = new HashMap<>();
        CandidateRegistrationProcessTest.PARTY_DOCUMENTS.forEach(code -> received.put(code, LocalDate.parse("2026-08-10")));
        Nomination nomination = candidates.nominate(election, new NominationRequest(name, Nominations.iinBornOn(born),
                born, "KZ", "Kosshy, 1 Abai street", "candidate@example.kz", "ru", NominationType.PARTY, party,
                received, 0, null, true, true, true), "demo-tec");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.referenceNumber()).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
        return instance;
    }

    private void register(ProcessInstance instance) {
        KosshyElection.register(taskService, instance.getId());
    }
}
