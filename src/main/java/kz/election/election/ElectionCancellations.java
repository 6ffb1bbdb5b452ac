package kz.election.election;

import kz.election.common.ConflictException;
import kz.election.common.InvalidInputException;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territorial commission cancels an election: the message {@code electionCancelled} goes to its
 * process by business key, which ends the election and every child process with the reason. The
 * REST layer has already checked the role; the engine's grants on the child instances are not the
 * staff member's to hold, so the correlation runs without them.
 */
@Service
@Transactional
public class ElectionCancellations {

    public static final String CANCELLED_MESSAGE = ElectionModel.Messages.ELECTION_CANCELLED;
    public static final int MAX_REASON = 2_000;

    private final ElectionService elections;
    private final RuntimeService runtimeService;
    private final EngineUsers engineUsers;

    public ElectionCancellations(ElectionService elections, RuntimeService runtimeService, EngineUsers engineUsers) {
        this.elections = elections;
        this.runtimeService = runtimeService;
        this.engineUsers = engineUsers;
    }

    public void cancel(String number, String reason, String by) {
        Election election = elections.byNumber(number);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "state why the election is cancelled (the commission's decision)");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException("reason", "has " + reason.strip().length() + " characters, at most " + MAX_REASON);
        }
        if (ElectionStatus.FINAL.contains(election.status())) {
            throw new ConflictException("election " + number + " has already ended (" + election.status() + ")");
        }
        engineUsers.withoutAuthorization(() -> runtimeService.createMessageCorrelation(CANCELLED_MESSAGE)
                .processInstanceBusinessKey(number)
                .setVariable("cancellationReason", reason.strip())
                .setVariable(FormValues.RECORDED_BY, by)
                .correlateWithResult());
    }
}
