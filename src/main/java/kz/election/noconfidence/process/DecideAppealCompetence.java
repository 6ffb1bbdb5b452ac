package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.CitizenAppealService;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On deciding who answers a citizens' appeal: the maslikhat, or the body it is forwarded to; bad input keeps the task open. */
@Component(Elements.DECIDE_APPEAL_COMPETENCE)
record DecideAppealCompetence(CitizenAppealService appeals, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        boolean forwarded = appeals.decideCompetence(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(Variables.APPEAL_COMPETENCE)),
                FormValues.text(task.getVariable(Variables.FORWARDED_TO)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(Variables.APPEAL_FORWARDED, forwarded);
    }
}
