package kz.election.election;

import static kz.election.model.ElectionModel.Elements.*;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The election stories of {@link ElectionStories} for the tests of other parts (complaints): a real
 * election.bpmn driven from the call to a published result, so a remedy acts on the real processes.
 * Only opens what those tests need; the steps themselves stay in ElectionStories.
 */
@Component
public class ElectionStoriesForComplaints {

    /** Registration numbers of the two candidates, in ballot order. */
    public record Contest(String number, String first, String second, String firstNomination, String secondNomination) {
    }

    private final ElectionStories stories;

    ElectionStoriesForComplaints(ElectionStories stories) {
        this.stories = stories;
    }

    /** A rural election for 13 September 2026, called on 1 August, with its two precinct members bound. */
    public String call(String story) {
        return stories.call(story);
    }

    /** Two party nominees registered on 10 August (Aigerim Sadykova first, Nurlan Bekov second). */
    public Contest twoRegisteredCandidates(String number) {
        List<String> registered = stories.twoRegisteredCandidates(number);
        return new Contest(number, registered.get(0), registered.get(1), number + "-N01", number + "-N02");
    }

    /** Through the ballot, the campaign and the polls to both precincts counted (votes in ballot order, then against all). */
    public void throughElectionDay(String number, long[] precinct1, long[] precinct2) {
        stories.throughElectionDay(number, precinct1, precinct2);
    }

    /** Counts one precinct (or a recount of it) through precinct-count.bpmn up to its acceptance. */
    public void count(String number, int precinct, long[] votes) {
        stories.count(number, precinct, votes);
    }

    /** The commission establishes the tabulated result and a second member publishes it; the result mails go out. */
    public void establishAndPublish(String number) {
        stories.superviseAll(number);
        stories.complete(number, ESTABLISH_RESULT, "demo-tec", Map.of("tabulationChecked", true, "declareInvalid", false));
        stories.complete(number, PUBLISH_RESULT, "tec-second-member", Map.of("resultChecked", true));
        stories.runDueJobs(number);
    }

    public void advanceTo(String number, String offsetDateTime) {
        stories.advanceTo(number, offsetDateTime);
    }

    /** Runs every due job of the election's own processes (election, registrations, counts). */
    public void runDueJobs(String number) {
        stories.runDueJobs(number);
    }

    public int superviseAll(String number) {
        return stories.superviseAll(number);
    }

    /** The running election.bpmn instance of the number, or null once it ended. */
    public ProcessInstance instance(String number) {
        return stories.instance(number);
    }
}
