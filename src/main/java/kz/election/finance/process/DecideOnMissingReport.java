package kz.election.finance.process;

import static kz.election.model.CampaignFinanceModel.Elements.DECIDE_ON_MISSING_REPORT;
import static kz.election.model.CampaignFinanceModel.Variables.LATE_REPORT_ACCEPTED;
import static kz.election.model.CampaignFinanceModel.Variables.LATE_REPORT_DECISION;
import static kz.election.model.CampaignFinanceModel.Variables.LATE_REPORT_REASONS;

import kz.election.finance.FundReport;
import kz.election.finance.FundReports;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing the commission's decision on a late or missing report: records it; a wrong one keeps the task open. */
@Component(DECIDE_ON_MISSING_REPORT)
record DecideOnMissingReport(FundReports reports, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FundReport decided = reports.decideLate(FundReports.nominationOf(ProcessBusinessKey.of(task)),
                FormValues.text(task.getVariable(LATE_REPORT_DECISION)),
                FormValues.text(task.getVariable(LATE_REPORT_REASONS)),
                FormValues.actor(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable(LATE_REPORT_ACCEPTED, FundReports.ACCEPT_LATE.equals(decided.decision()));
    }
}
