package kz.election.conduct.process;

import kz.election.conduct.ElectionResults;
import kz.election.election.ResultVersion;
import kz.election.finance.FundReports;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A different member of the commission publishes the result; the route follows from the published outcome.
 * Unless the candidates go to a repeat voting, their deposits and fund reports are settled from now
 * (campaign-finance.bpmn, one process per registered candidate).
 */
@Component(ElectionModel.Elements.PUBLISH_RESULT)
record PublishResult(ElectionResults results, EngineUsers engineUsers, FundReports fundReports) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ResultVersion published = results.publishLatest(ProcessBusinessKey.of(task),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.setVariable(ElectionVariables.RESULT_ROUTE, published.route());
        task.setVariable(ElectionVariables.WINNER, published.winnerName());
        if (!"REPEAT_VOTING".equals(published.route())) {
            fundReports.afterPublication(published.electionNumber(), published.publishedAt());
        }
    }
}
