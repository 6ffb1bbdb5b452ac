package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.MotionService;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On confirming the day: the EARLY election is called; a day the calendar refuses keeps the task open, naming why. */
@Component(Elements.CONFIRM_EARLY_ELECTION_DAY)
record ConfirmEarlyElectionDay(MotionService motions, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String early = motions.callEarlyElection(ProcessBusinessKey.of(task),
                FormValues.date(Variables.ELECTION_DAY, task.getVariable(Variables.ELECTION_DAY)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable("earlyElectionNumber", early);
    }
}
