package kz.election.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.thymeleaf.util.EvaluationUtils;

/**
 * The table of facts of every kind of mail, as data: which lines, in which order, each with its label
 * key, how its value is made from the model and when an optional line shows. The HTML and the text
 * layout both show the lines it makes, so a template holds only its own prose.
 */
final class MailFacts {

    /** A remedy or an effect is one of these messages, taking the remedy's target as {0}. */
    private static final Map<String, String> REMEDY_MESSAGES = Map.of(
            "RECOUNT", "remedy.recount",
            "ANNUL_PRECINCT", "remedy.annulPrecinct",
            "DEREGISTER", "remedy.deregister",
            "REINSTATE", "remedy.reinstate",
            "ANNUL_ELECTION", "remedy.annulElection");

    private static final Line ELECTION = line("election", v -> v.text("electionName"));
    private static final Line COMMISSION = line("commission", v -> v.text("commissionName"));
    private static final Line COMPLAINT_NUMBER = line("complaintNumber", v -> v.text("complaintNumber"));
    private static final Line DECISION_NUMBER = optional("decisionNumber", "decisionNumber", v -> v.text("decisionNumber"));
    private static final Line DECIDED_ON = line("decidedOn", v -> v.date("decidedOn"));
    private static final Line HIGHER_COMMISSION = line("higherCommission", v -> v.text("higherCommissionName"));
    private static final Line APPEAL_DEADLINE = line("appealDeadline", v -> v.dateTime("appealDeadline"));

    private MailFacts() {
    }

    /**
     * One line of a table: {@code label.<label>} from the bundles, shown when {@code shown} holds.
     *
     * @param value the value as the reader sees it, from the model's values
     */
    record Line(String label, Predicate<Values> shown, Function<Values, String> value) {
    }

    static List<Line> table(MailKind kind) {
        return switch (kind) {
            case NOMINATION_RECEIVED -> List.of(
                    line("referenceNumber", v -> v.text("referenceNumber")), ELECTION, COMMISSION,
                    line("receivedAt", v -> v.dateTime("receivedAt")),
                    line("decisionDeadline", v -> v.dateTime("decisionDeadline")));
            case CANDIDATE_REGISTERED -> List.of(ELECTION, COMMISSION,
                    line("registrationNumber", v -> v.text("registrationNumber")),
                    line("registeredOn", v -> v.date("registeredOn")),
                    line("campaign", v -> v.dateTime("campaignStart") + " – " + v.dateTime("campaignEnd")),
                    line("electionDay", v -> v.date("electionDay")));
            case CANDIDATE_REFUSED -> List.of(ELECTION, COMMISSION, DECISION_NUMBER, DECIDED_ON, HIGHER_COMMISSION,
                    APPEAL_DEADLINE);
            case CANDIDATE_WITHDRAWN -> List.of(ELECTION, COMMISSION, line("withdrawnOn", v -> v.date("withdrawnOn")));
            case CANDIDATE_DEREGISTERED -> List.of(ELECTION, COMMISSION, DECISION_NUMBER, DECIDED_ON,
                    line("reason", v -> v.text("reason")),
                    line("ground", v -> v.text("ground") + " (" + v.text("groundCitation") + ")"),
                    HIGHER_COMMISSION, APPEAL_DEADLINE);
            case ELECTION_RESULT -> List.of(ELECTION, line("electionDay", v -> v.date("electionDay")),
                    optional("winner", "winnerName", v -> v.text("winnerName")),
                    optional("turnout", "turnout", v -> v.format.percent(v.get("turnout"))));
            case DEADLINE_ESCALATION -> List.of(ELECTION,
                    line("deadline", v -> v.text("deadlineName")),
                    line("dueAt", v -> v.dateTime("dueAt")),
                    line("task", v -> v.text("taskName")));
            case COMPLAINT_RECEIVED -> List.of(COMPLAINT_NUMBER, COMMISSION,
                    line("receivedAt", v -> v.dateTime("receivedAt")),
                    line("reviewDeadline", v -> v.dateTime("reviewDeadline")));
            case COMPLAINT_INADMISSIBLE -> List.of(COMPLAINT_NUMBER, COMMISSION,
                    line("filedAt", v -> v.dateTime("filedAt")),
                    line("filingDeadline", v -> v.dateTime("filingDeadline")),
                    optional("reasons", "reasons", v -> v.text("reasons")));
            case COMPLAINT_DECIDED -> List.of(COMPLAINT_NUMBER, COMMISSION, DECIDED_ON,
                    line("reasons", v -> v.text("reasons")),
                    // a free remedy text only where no remedy kind says it
                    new Line("remedy", v -> v.is("decision", "UPHELD") && v.has("remedy") && !v.has("remedyKind"),
                            v -> v.text("remedy")),
                    new Line("remedy", v -> v.is("decision", "UPHELD") && v.hasRemedyKind(), Values::remedy),
                    APPEAL_DEADLINE);
            case COURT_RULING_RECORDED -> List.of(
                    line("court", v -> v.text("courtName")),
                    line("caseNumber", v -> v.text("caseNumber")),
                    line("ruledOn", v -> v.date("ruledOn")),
                    optional("complaintNumber", "complaintNumber", v -> v.text("complaintNumber")),
                    line("summary", v -> v.text("summary")),
                    optional("effect", "effect", v -> v.text("effect")),
                    new Line("effect", Values::hasRemedyKind, Values::remedy));
            case NO_CONFIDENCE_STEP -> List.of(
                    line("maslikhat", v -> v.text("maslikhatName")),
                    line("motionNumber", v -> v.text("motionNumber")),
                    line("date", v -> v.date("stepDate")),
                    optional("initiators", "initiators", v -> v.format.number(v.get("initiators"))),
                    optional("deputiesTotal", "deputiesTotal", v -> v.format.number(v.get("deputiesTotal"))),
                    optional("votesFor", "votesFor", v -> v.format.number(v.get("votesFor"))),
                    optional("decidingAuthority", "decidingAuthority", v -> v.text("decidingAuthority")),
                    optional("decision", "decision", v -> v.message(EvaluationUtils.evaluateAsBoolean(v.get("dismissed"))
                            ? "no-confidence-step.dismissal" : "no-confidence-step.refusal")
                            + " (" + v.text("decisionReference") + ")"),
                    optional("reason", "reason", v -> v.text("reason")),
                    optional("termEndedOn", "termEndedOn", v -> v.date("termEndedOn")),
                    optional("earlyElection", "earlyElectionNumber", v -> v.text("earlyElectionNumber")),
                    optional("electionDay", "electionDay", v -> v.date("electionDay")));
            case FUND_REPORT_REMINDER -> List.of(ELECTION, COMMISSION, line("dueAt", v -> v.dateTime("dueAt")));
            case CITIZEN_APPEAL_STEP -> List.of(
                    line("appealNumber", v -> v.text("appealNumber")),
                    line("date", v -> v.date("stepDate")),
                    optional("answerDueOn", "answerDueOn", v -> v.date("answerDueOn")),
                    optional("forwardedTo", "forwardedTo", v -> v.text("forwardedTo")),
                    optional("extendedUntil", "extendedUntil", v -> v.date("extendedUntil")),
                    optional("reason", "reason", v -> v.text("reason")),
                    optional("answer", "answer", v -> v.text("answer")),
                    optional("motionNumber", "motionNumber", v -> v.text("motionNumber")));
            case TASK_DIGEST -> List.of();
        };
    }

    /** The lines of a kind's table that this model shows, labels and values in the mail's language. */
    static List<MailFact> of(MailKind kind, Map<String, Object> model, MailFormat format, MessageSource messages,
                             Locale locale) {
        Values values = new Values(model, format, messages, locale);
        List<MailFact> facts = new ArrayList<>();
        for (Line line : table(kind)) {
            if (line.shown().test(values)) {
                facts.add(new MailFact(values.message("label." + line.label()), line.value().apply(values)));
            }
        }
        return facts;
    }

    /** Every message key the tables read, besides the templates' own. */
    static Set<String> messageKeys() {
        Set<String> keys = new LinkedHashSet<>(REMEDY_MESSAGES.values());
        keys.add("no-confidence-step.dismissal");
        keys.add("no-confidence-step.refusal");
        for (MailKind kind : MailKind.values()) {
            table(kind).forEach(line -> keys.add("label." + line.label()));
        }
        return keys;
    }

    private static Line line(String label, Function<Values, String> value) {
        return new Line(label, v -> true, value);
    }

    private static Line optional(String label, String variable, Function<Values, String> value) {
        return new Line(label, v -> v.has(variable), value);
    }

    /** A mail's model as the lines read it, with the formats and messages of its language. */
    static final class Values {

        private final Map<String, Object> model;
        private final MailFormat format;
        private final MessageSource messages;
        private final Locale locale;

        Values(Map<String, Object> model, MailFormat format, MessageSource messages, Locale locale) {
            this.model = model;
            this.format = format;
            this.messages = messages;
            this.locale = locale;
        }

        Object get(String name) {
            return model.get(name);
        }

        boolean has(String name) {
            return model.get(name) != null;
        }

        boolean is(String name, String choice) {
            return choice.equals(model.get(name));
        }

        String text(String name) {
            Object value = model.get(name);
            return value == null ? "" : value.toString();
        }

        String date(String name) {
            return format.date(model.get(name));
        }

        String dateTime(String name) {
            return format.dateTime(model.get(name));
        }

        String message(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        boolean hasRemedyKind() {
            return REMEDY_MESSAGES.containsKey(String.valueOf(model.get("remedyKind")));
        }

        String remedy() {
            return message(REMEDY_MESSAGES.get(String.valueOf(model.get("remedyKind"))), model.get("remedyTarget"));
        }
    }
}
