package kz.election.conduct.process;

import kz.election.conduct.ElectionMails;
import kz.election.model.ElectionModel;
import kz.election.notification.MailStep;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every candidate of the ballot gets the published result in their language. */
@Component(ElectionModel.Elements.MAIL_RESULT)
record MailResult(ElectionMails mails, MailStep step) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        mails.result(ProcessBusinessKey.of(execution), FormValues.integer(ElectionVariables.RESULT_VERSION,
                        execution.getVariable(ElectionVariables.RESULT_VERSION)))
                .forEach(mail -> step.send(execution, mail));
    }
}
