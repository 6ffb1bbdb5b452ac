package kz.election.finance;

import java.util.Map;
import kz.election.candidate.CandidateMails;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRepository;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.i18n.ProcessNames;
import kz.election.model.CampaignFinanceModel;
import kz.election.notification.CommissionMailboxes;
import kz.election.notification.MailRequest;
import org.springframework.stereotype.Component;

/** The mails of a candidate's money after the vote, built from the stored report, nomination and election. */
@Component
public class FinanceMails {

    private final FundReports reports;
    private final NominationRepository nominations;
    private final ElectionService elections;
    private final CommissionMailboxes mailboxes;
    private final ProcessNames processNames;
    private final CandidateMails candidateMails;

    public FinanceMails(FundReports reports, NominationRepository nominations, ElectionService elections,
                        CommissionMailboxes mailboxes, ProcessNames processNames, CandidateMails candidateMails) {
        this.reports = reports;
        this.nominations = nominations;
        this.elections = elections;
        this.mailboxes = mailboxes;
        this.processNames = processNames;
        this.candidateMails = candidateMails;
    }

    /** Reminds the candidate, in the candidate's language, that the fund report is due soon. */
    public MailRequest reminder(String businessKey) {
        String reference = FundReports.nominationOf(businessKey);
        Nomination n = nominations.byReference(reference);
        Election e = elections.byNumber(n.electionNumber());
        FundReport report = reports.report(reference).orElseThrow();
        Map<String, Object> model = candidateMails.base(e, n.language());
        model.put("dueAt", report.dueAt());
        return new MailRequest(n.email(), n.fullName(), n.language(), "fund-report-reminder", model, businessKey, null);
    }

    /** Tells the commission, in its language, that a candidate's report did not come in time, linking its task. */
    public MailRequest missed(String businessKey, String taskId) {
        String reference = FundReports.nominationOf(businessKey);
        Nomination n = nominations.byReference(reference);
        Election e = elections.byNumber(n.electionNumber());
        FundReport report = reports.report(reference).orElseThrow();
        CommissionMailboxes.Mailbox tec = mailboxes.of(e.organizerCode());
        Map<String, Object> model = candidateMails.base(e, tec.language());
        model.put("deadlineName", processNames.name(CampaignFinanceModel.PROCESS, CampaignFinanceModel.Elements.FUND_REPORT,
                tec.language()) + ": " + n.fullName() + " (" + n.registrationNumber() + ")");
        model.put("dueAt", report.dueAt());
        model.put("taskName", processNames.name(CampaignFinanceModel.PROCESS,
                CampaignFinanceModel.Elements.DECIDE_ON_MISSING_REPORT, tec.language()));
        model.put("taskId", taskId);
        return new MailRequest(tec.address(), tec.name(), tec.language(), "deadline-escalation", model, businessKey, null);
    }
}
