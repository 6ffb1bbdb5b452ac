package kz.election.noconfidence.process;

import java.util.Date;
import kz.election.model.NoConfidenceModel.Elements;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.CitizenAppealService;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On answering a citizens' appeal: a motion was filed (and which) or none will be, and why; or the term
 * is extended with reasons, and the task comes back with the new term watched.
 */
@Component(Elements.CONSIDER_CITIZEN_APPEAL)
record ConsiderCitizenAppeal(CitizenAppealService appeals, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        CitizenAppealService.AnswerDecision decision = appeals.answerAppeal(ProcessBusinessKey.of(task),
                FormValues.text(task.getVariable(Variables.APPEAL_OUTCOME)),
                FormValues.text(task.getVariable(Variables.APPEAL_NOTE)),
                FormValues.text(task.getVariable(Variables.APPEAL_MOTION_NUMBER)),
                FormValues.date(Variables.APPEAL_EXTENDED_UNTIL, task.getVariable(Variables.APPEAL_EXTENDED_UNTIL)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(Variables.APPEAL_EXTENDED, decision.extended());
        if (decision.extended()) {
            task.getExecution().setVariable(Variables.ANSWER_DUE_AT, Date.from(decision.answerDueAt()));
            task.getExecution().setVariable(Variables.ANSWER_ESCALATE_AT, Date.from(decision.escalateAt()));
            task.getExecution().setVariable(Variables.APPEAL_TERMS, appeals.termsText(decision.appeal()));
        }
    }
}
