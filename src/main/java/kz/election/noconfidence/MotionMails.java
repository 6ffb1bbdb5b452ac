package kz.election.noconfidence;

import static kz.election.common.ElectionTime.today;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.i18n.ProcessNames;
import kz.election.model.NoConfidenceModel;
import kz.election.notification.CommissionMailboxes;
import kz.election.notification.MailRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The mails of a case: the akim is told of every step at the address and in the language of their
 * nomination (never after their death); deadline warnings go to the maslikhat secretariat (the
 * dismissal decision) or the territorial commission (calling the early election).
 */
@Component
@EnableConfigurationProperties(MotionMails.SecretariatMail.class)
public class MotionMails {

    /** The maslikhat secretariat's mailbox and language (kk, ru or en). */
    @ConfigurationProperties("election.no-confidence.secretariat-mail")
    public record SecretariatMail(String address, String name, String language) {
    }

    static final String TEMPLATE = "no-confidence-step";

    private final MotionService motions;
    private final ElectionService elections;
    private final SecretariatMail secretariat;
    private final CommissionMailboxes mailboxes;
    private final ProcessNames processNames;

    public MotionMails(MotionService motions, ElectionService elections, SecretariatMail secretariat,
                       CommissionMailboxes mailboxes, ProcessNames processNames) {
        this.motions = motions;
        this.elections = elections;
        this.secretariat = secretariat;
        this.mailboxes = mailboxes;
        this.processNames = processNames;
    }

    public MailRequest initiated(String number) {
        Motion m = motions.byNumber(number);
        Map<String, Object> model = base(m, "INITIATED", m.filedOn());
        model.put("initiators", m.signedInitiators());
        model.put("deputiesTotal", m.deputiesTotal());
        return toAkim(m, model);
    }

    public MailRequest inadmissible(String number) {
        Motion m = motions.byNumber(number);
        Map<String, Object> model = base(m, "INADMISSIBLE", today());
        model.put("reason", m.inadmissibleReason());
        return toAkim(m, model);
    }

    public MailRequest voted(String number) {
        Motion m = motions.byNumber(number);
        Map<String, Object> model = base(m, "VOTED", m.voteOn());
        model.put("votesFor", m.votesFor());
        model.put("deputiesTotal", m.voteDeputiesTotal());
        model.put("adopted", m.status() != MotionStatus.FAILED);
        return toAkim(m, model);
    }

    public MailRequest decided(String number) {
        Motion m = motions.byNumber(number);
        Map<String, Object> model = base(m, "DECIDED", m.decidedOn());
        model.put("decidingAuthority", m.decidedByAuthority());
        // the template words DISMISS and REFUSE in the akim's language
        model.put("decision", m.decision());
        model.put("dismissed", "DISMISS".equals(m.decision()));
        model.put("decisionReference", m.decisionReference());
        return toAkim(m, model);
    }

    /** Empty when the akim died: the early election is then announced publicly, not mailed to them. */
    public Optional<MailRequest> earlyElectionCalled(String number) {
        Motion m = motions.byNumber(number);
        if (m.kind() == CaseKind.DEATH) {
            return Optional.empty();
        }
        Map<String, Object> model = base(m, "EARLY_ELECTION_CALLED", today());
        model.put("termEndedOn", m.termEndedOn());
        model.put("earlyElectionNumber", m.earlyElectionNumber());
        model.put("electionDay", elections.byNumber(m.earlyElectionNumber()).electionDay());
        return Optional.of(toAkim(m, model));
    }

    /**
     * A deadline of this case is near: the body responsible is told, in its language, with a link to the
     * waiting task; the process and the task are named by their business names (ProcessNames).
     */
    public MailRequest escalation(String number, String taskKey, String taskId) {
        Motion m = motions.byNumber(number);
        Election e = elections.byNumber(m.electionNumber());
        boolean decision = NoConfidenceModel.Elements.RECORD_DISMISSAL_DECISION.equals(taskKey);
        CommissionMailboxes.Mailbox tec = mailboxes.of(e.organizerCode());
        String address = decision ? secretariat.address() : tec.address();
        String name = decision ? secretariat.name() : tec.name();
        String language = decision ? secretariat.language() : tec.language();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("electionName", e.post() + ", " + mailboxes.territoryName(e.territoryCode(), language, e.territory())
                + " (" + e.number() + ")");
        model.put("deadlineName", processNames.processName(NoConfidenceModel.PROCESS, language) + " " + number);
        model.put("dueAt", e.local(decision ? m.decisionDueAt() : m.earlyCallDueAt()));
        model.put("taskName", processNames.name(NoConfidenceModel.PROCESS, taskKey, language));
        model.put("taskId", taskId);
        return new MailRequest(address, name, language, "deadline-escalation", model, number, null);
    }

    private static Map<String, Object> base(Motion m, String step, LocalDate stepDate) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("step", step);
        model.put("motionNumber", m.motionNumber());
        model.put("maslikhatName", m.maslikhatName());
        model.put("stepDate", stepDate == null ? today() : stepDate);
        return model;
    }

    private static MailRequest toAkim(Motion m, Map<String, Object> model) {
        return new MailRequest(m.akimEmail(), m.akimName(), m.akimLanguage(), TEMPLATE, model, m.motionNumber(), null);
    }
}
