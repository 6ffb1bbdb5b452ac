package kz.election.noconfidence;

import static kz.election.common.ElectionTime.dateOf;
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
import org.springframework.stereotype.Component;

/**
 * The mails of a citizens' appeal: the citizens are told, at the address and in the language they gave,
 * that it is registered and by when it is answered, where it was forwarded, that its term was extended
 * (until when, why), and the answer; without an address nothing is mailed and the forms tell the
 * secretariat to write by the contact given. A term near its end warns the maslikhat secretariat.
 */
@Component
public class AppealMails {

    static final String TEMPLATE = "citizen-appeal-step";

    private final CitizenAppealService appeals;
    private final ElectionService elections;
    private final MotionMails.SecretariatMail secretariat;
    private final CommissionMailboxes mailboxes;
    private final ProcessNames processNames;

    AppealMails(CitizenAppealService appeals, ElectionService elections, MotionMails.SecretariatMail secretariat,
                CommissionMailboxes mailboxes, ProcessNames processNames) {
        this.appeals = appeals;
        this.elections = elections;
        this.secretariat = secretariat;
        this.mailboxes = mailboxes;
        this.processNames = processNames;
    }

    public Optional<MailRequest> received(String number) {
        CitizenAppeal a = appeals.appeal(number);
        Map<String, Object> model = base(a, "RECEIVED", a.receivedOn());
        model.put("answerDueOn", a.answerDueOn());
        return toCitizens(a, model);
    }

    public Optional<MailRequest> forwarded(String number) {
        CitizenAppeal a = appeals.appeal(number);
        Map<String, Object> model = base(a, "FORWARDED", a.forwardedOn());
        model.put("forwardedTo", a.forwardedTo());
        return toCitizens(a, model);
    }

    public Optional<MailRequest> extended(String number) {
        CitizenAppeal a = appeals.appeal(number);
        Map<String, Object> model = base(a, "EXTENDED", a.extendedOn());
        model.put("extendedUntil", a.extendedUntil());
        model.put("reason", a.extensionReason());
        return toCitizens(a, model);
    }

    public Optional<MailRequest> answered(String number) {
        CitizenAppeal a = appeals.appeal(number);
        Map<String, Object> model = base(a, "ANSWERED", a.answeredAt() == null ? today() : dateOf(a.answeredAt()));
        model.put("answer", a.outcomeNote());
        model.put("motionNumber", a.motionNumber());
        return toCitizens(a, model);
    }

    /** A term of the appeal is near: the secretariat is mailed a link to the waiting task, named in its language. */
    public MailRequest escalation(String number, String taskKey, String taskId) {
        CitizenAppeal a = appeals.appeal(number);
        Election e = elections.byNumber(a.electionNumber());
        String language = secretariat.language();
        boolean forwarding = NoConfidenceModel.Elements.DECIDE_APPEAL_COMPETENCE.equals(taskKey);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("electionName", e.post() + ", " + mailboxes.territoryName(e.territoryCode(), language, e.territory())
                + " (" + e.number() + ")");
        model.put("deadlineName", processNames.processName(NoConfidenceModel.PROCESS, language) + " " + number);
        LocalDate due = forwarding ? a.forwardDueOn() : a.answerDueOn();
        model.put("dueAt", AppealTerms.dueAt(due, e.zone()));
        model.put("taskName", processNames.name(NoConfidenceModel.PROCESS, taskKey, language));
        model.put("taskId", taskId);
        return new MailRequest(secretariat.address(), secretariat.name(), language, "deadline-escalation", model, number,
                null);
    }

    private static Map<String, Object> base(CitizenAppeal a, String step, LocalDate stepDate) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("step", step);
        model.put("appealNumber", a.appealNumber());
        model.put("stepDate", stepDate == null ? today() : stepDate);
        return model;
    }

    private static Optional<MailRequest> toCitizens(CitizenAppeal a, Map<String, Object> model) {
        if (a.citizenEmail() == null) {
            return Optional.empty();
        }
        return Optional.of(new MailRequest(a.citizenEmail(), a.citizenName(), a.citizenLanguage(), TEMPLATE, model,
                a.appealNumber(), null));
    }
}
