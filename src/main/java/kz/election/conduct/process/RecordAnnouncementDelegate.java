package kz.election.conduct.process;

import kz.election.conduct.ElectionCalls;
import kz.election.election.AnnouncementRequest;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.platform.EngineUsers;
import kz.election.ruleset.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores what the Tasklist start form "Announce election" submitted; the election number becomes the
 * business key. A refused announcement throws, so Tasklist shows every field and CSV line at fault and
 * nothing is started.
 */
@Component("recordAnnouncement")
class RecordAnnouncementDelegate implements JavaDelegate {

    private final ElectionCalls calls;
    private final EngineUsers engineUsers;

    RecordAnnouncementDelegate(ElectionCalls calls, EngineUsers engineUsers) {
        this.calls = calls;
        this.engineUsers = engineUsers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AnnouncementRequest request = new AnnouncementRequest(
                ElectionVariables.text(execution.getVariable("territory")),
                ElectionVariables.choice("level", execution.getVariable("level"), Level.class),
                ElectionVariables.text(execution.getVariable("post")),
                ElectionVariables.choice("reason", execution.getVariable("reason"), ElectionReason.class),
                ElectionVariables.date("callDate", execution.getVariable("callDate")),
                ElectionVariables.date("electionDay", execution.getVariable("electionDay")),
                ElectionVariables.date("termEnd", execution.getVariable("termEnd")),
                ElectionVariables.date("vacancyDate", execution.getVariable("vacancyDate")),
                ElectionVariables.text(execution.getVariable("previousElectionNumber")),
                ElectionVariables.text(execution.getVariable("precinctsCsv")));
        Election election = calls.callFromStartForm(request, Actor.of(engineUsers, execution.getVariable("recordedBy")));
        execution.setProcessBusinessKey(election.number());
        execution.setVariable(ElectionVariables.ELECTION_NUMBER, election.number());
        execution.setVariable(ElectionVariables.REPEAT_VOTING, false);
        // the CSV is stored with the election; the process keeps ids, not documents
        execution.removeVariable("precinctsCsv");
    }
}
