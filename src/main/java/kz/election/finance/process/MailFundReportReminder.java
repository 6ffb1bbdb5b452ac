package kz.election.finance.process;

import static kz.election.model.CampaignFinanceModel.Elements.MAIL_FUND_REPORT_REMINDER;

import kz.election.finance.FinanceMails;
import kz.election.notification.BusinessKeyMailStep;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Reminds the candidate that the report on the election fund is due soon. */
@Component(MAIL_FUND_REPORT_REMINDER)
class MailFundReportReminder extends BusinessKeyMailStep {

    MailFundReportReminder(FinanceMails mails, MailStep step) {
        super(step, mails::reminder);
    }
}
