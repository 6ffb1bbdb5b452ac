package kz.election.finance.process;

import static kz.election.model.CampaignFinanceModel.Elements.DECIDE_DEPOSIT_REFUND;

import kz.election.finance.DepositRefunds;
import kz.election.finance.FundReports;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Decides the candidate's deposit on the published result: refunded or to the budget. */
@Component(DECIDE_DEPOSIT_REFUND)
record DecideDepositRefund(DepositRefunds refunds) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        refunds.decide(FundReports.nominationOf(ProcessBusinessKey.of(execution)), execution.getProcessInstanceId());
    }
}
