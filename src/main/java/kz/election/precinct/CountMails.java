package kz.election.precinct;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.notification.CommissionMailboxes;
import kz.election.notification.MailKind;
import kz.election.notification.MailRequest;
import org.springframework.stereotype.Component;

/** The mails of a precinct count: the territorial commission is warned that a protocol is nearly due. */
@Component
public class CountMails {

    private final ElectionService elections;
    private final CommissionMailboxes mailboxes;

    CountMails(ElectionService elections, CommissionMailboxes mailboxes) {
        this.elections = elections;
        this.mailboxes = mailboxes;
    }

    /** To the territorial commission's mailbox, linking the open entry task. */
    public MailRequest countEscalation(String electionNumber, int precinctNumber, int version, Instant dueAt,
                                       String taskId, String taskName) {
        Election e = elections.byNumber(electionNumber);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("electionName", e.post() + " (" + e.number() + ")");
        model.put("commissionName", mailboxes.of(e.organizerCode()).name());
        model.put("deadlineName", "Protocol of precinct " + precinctNumber
                + (version == 1 ? "" : " (recount, version " + version + ")"));
        model.put("dueAt", e.local(dueAt));
        model.put("taskName", taskName);
        model.put("taskId", taskId);
        CommissionMailboxes.Mailbox tec = mailboxes.of(e.organizerCode());
        return new MailRequest(tec.address(), tec.name(), tec.language(),
                MailKind.DEADLINE_ESCALATION.key(), model, electionNumber, null);
    }
}
