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

/** On answering a citizens' appeal: a motion was filed (and which) or none will be, and why. */
@Component(Elements.CONSIDER_CITIZEN_APPEAL)
record ConsiderCitizenAppeal(CitizenAppealService appeals, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        appeals.answerAppeal(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(Variables.APPEAL_OUTCOME)),
                FormValues.text(task.getVariable(Variables.APPEAL_NOTE)),
                FormValues.text(task.getVariable(Variables.APPEAL_MOTION_NUMBER)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
    }
}
