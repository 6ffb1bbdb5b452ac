package kz.election.precinct;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.notification.CommissionMail;
import kz.election.notification.MailKind;
import kz.election.notification.MailRequest;
import org.springframework.stereotype.Component;

/** The mails of a precinct count: the territorial commission is warned that a protocol is nearly due. */
@Component
public class CountMails {

    private final ElectionService elections;
    private final CommissionMail commission;

    CountMails(ElectionService elections, CommissionMail commission) {
        this.elections = elections;
        this.commission = commission;
    }

    /** To the territorial commission's mailbox, linking the open entry task. */
    public MailRequest countEscalation(String electionNumber, int precinctNumber, int version, Instant dueAt,
                                       String taskId, String taskName) {
        Election e = elections.byNumber(electionNumber);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("electionName", e.post() + " (" + e.number() + ")");
        model.put("commissionName", e.territory() + " territorial election commission");
        model.put("deadlineName", "Protocol of precinct " + precinctNumber
                + (version == 1 ? "" : " (recount, version " + version + ")"));
        model.put("dueAt", dueAt);
        model.put("taskName", taskName);
        model.put("taskId", taskId);
        return new MailRequest(commission.address(), commission.name(), commission.language(),
                MailKind.DEADLINE_ESCALATION.key(), model, electionNumber, null);
    }
}
