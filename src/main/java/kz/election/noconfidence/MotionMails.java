package kz.election.noconfidence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.election.candidate.CandidateMails;
import kz.election.election.ElectionService;
import kz.election.notification.MailRequest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
    private static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);

    private final MotionService motions;
    private final ElectionService elections;
    private final SecretariatMail secretariat;
    private final CandidateMails.CommissionMail commission;

    public MotionMails(MotionService motions, ElectionService elections, SecretariatMail secretariat,
                       CandidateMails.CommissionMail commission) {
        this.motions = motions;
        this.elections = elections;
        this.secretariat = secretariat;
        this.commission = commission;
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
        model.put("decision", ("DISMISS".equals(m.decision()) ? "Released from office" : "Dismissal refused")
                + " (" + m.decisionReference() + ")");
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

    /** A deadline of this case is near: the body responsible is told, with a link to the waiting task. */
    public MailRequest escalation(String number, String taskKey, String taskId, String taskName) {
        Motion m = motions.byNumber(number);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("electionName", "Akim of election " + m.electionNumber() + ", case " + number);
        boolean decision = "recordDismissalDecision".equals(taskKey);
        model.put("deadlineName", decision ? "Decision on dismissal after motion " + number
                : "Call of the early election after " + number);
        model.put("dueAt", decision ? m.decisionDueAt() : m.earlyCallDueAt());
        model.put("taskName", taskName);
        model.put("taskId", taskId);
        return decision
                ? new MailRequest(secretariat.address(), secretariat.name(), secretariat.language(), "deadline-escalation",
                        model, number, null)
                : new MailRequest(commission.address(), commission.name(), commission.language(), "deadline-escalation",
                        model, number, null);
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

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), KAZAKHSTAN);
    }
}
