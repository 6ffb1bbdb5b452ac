package kz.election.conduct.process;

import kz.election.conduct.AkimTerms;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The commission certifies and registers the elected akim. */
@Component(ElectionModel.Elements.CERTIFY_AKIM)
record CertifyAkim(AkimTerms terms, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        terms.certify(ProcessBusinessKey.of(task),
                FormValues.date(ElectionModel.Variables.TERM_FROM, task.getVariable(ElectionModel.Variables.TERM_FROM)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
    }
}
