package kz.election.finance.process;

import static kz.election.model.CampaignFinanceModel.Elements.DECIDE_ON_MISSING_REPORT;
import static kz.election.model.CampaignFinanceModel.Elements.MAIL_REPORT_MISSED;

import java.util.Optional;
import kz.election.finance.FinanceMails;
import kz.election.notification.DeadlineWarningStep;
import kz.election.notification.MailRequest;
import kz.election.notification.MailStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Tells the commission that a candidate's fund report did not come in time, linking its decision task. */
@Component(MAIL_REPORT_MISSED)
class MailReportMissed extends DeadlineWarningStep {

    private final FinanceMails mails;

    MailReportMissed(FinanceMails mails, MailStep step, TaskService tasks) {
        super(step, tasks);
        this.mails = mails;
    }

    @Override
    protected String watchedTask(DelegateExecution execution) {
        return DECIDE_ON_MISSING_REPORT;
    }

    @Override
    protected MailRequest warning(DelegateExecution execution, String businessKey, Optional<Task> openTask) {
        return mails.missed(businessKey, openTask.map(Task::getId).orElse(""));
    }
}
