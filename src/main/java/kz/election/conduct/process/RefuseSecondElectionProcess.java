package kz.election.conduct.process;

import java.util.List;
import kz.election.common.ConflictException;
import kz.election.common.NotFoundException;
import kz.election.election.ElectionService;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * One election, one process: an election process that starts under a business key
 * (the message electionCalled, or any other way in) must name a stored election that no other election
 * process has run for, whoever starts it. The Tasklist start form starts without a key; its first step
 * stores a new election and takes that number. The variable electionNumber is set from the key, so the
 * forms and the model's expressions see the same election as the steps.
 */
@Component("refuseSecondElectionProcess")
class RefuseSecondElectionProcess implements ExecutionListener {

    private final ElectionService elections;
    private final HistoryService historyService;
    private final EngineUsers engineUsers;

    RefuseSecondElectionProcess(ElectionService elections, HistoryService historyService, EngineUsers engineUsers) {
        this.elections = elections;
        this.historyService = historyService;
        this.engineUsers = engineUsers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        if (number == null) {
            return;
        }
        try {
            elections.byNumber(number);
        } catch (NotFoundException e) {
            throw new ConflictException("Refused: no election " + number + " is stored; an election process runs"
                    + " only for an election called through the start form or POST /api/elections");
        }
        // every election process ever run, the caller's grants aside (they may not read other elections)
        List<String> others = engineUsers.callWithoutAuthorization(() -> historyService
                .createHistoricProcessInstanceQuery().processDefinitionKey(ElectionModel.PROCESS)
                .processInstanceBusinessKey(number).list().stream()
                .map(p -> p.getId()).filter(id -> !id.equals(execution.getProcessInstanceId())).toList());
        if (!others.isEmpty()) {
            throw new ConflictException("Refused: election " + number + " already has its process (" + others.get(0)
                    + "); a second one is not started");
        }
        execution.setVariable(ElectionVariables.ELECTION_NUMBER, number);
    }
}
