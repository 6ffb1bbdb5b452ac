package kz.election.candidate;

import static kz.election.model.CandidateRegistrationModel.Elements.DECIDE_REGISTRATION;
import static kz.election.model.CandidateRegistrationModel.Elements.REVIEW_NOMINATION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.common.ElectionTime;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ElectoralCalendar;
import kz.election.i18n.ProcessNames;
import kz.election.model.CandidateRegistrationModel;
import kz.election.notification.CommissionMail;
import kz.election.notification.CommissionMailboxes;
import kz.election.notification.MailRequest;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The mails of a nomination's way, each built from the stored nomination, its election and ruleset. */
@Component
@EnableConfigurationProperties(CommissionMail.class)
public class CandidateMails {

    private final NominationRepository nominations;
    private final ElectionService elections;
    private final RulesetCatalog rulesets;
    private final CommissionMailboxes mailboxes;
    private final ProcessNames processNames;

    public CandidateMails(NominationRepository nominations, ElectionService elections, RulesetCatalog rulesets,
                          CommissionMailboxes mailboxes, ProcessNames processNames) {
        this.nominations = nominations;
        this.elections = elections;
        this.rulesets = rulesets;
        this.mailboxes = mailboxes;
        this.processNames = processNames;
    }

    public MailRequest nominationReceived(String reference) {
        Nomination n = nominations.byReference(reference);
        Election e = elections.byNumber(n.electionNumber());
        Map<String, Object> model = base(e, n.language());
        model.put("referenceNumber", reference);
        model.put("receivedAt", e.local(n.filedAt()));
        model.put("decisionDeadline", e.local(n.decisionDueAt()));
        return toCandidate(n, "nomination-received", model);
    }

    public MailRequest registered(String reference) {
        Nomination n = nominations.byReference(reference);
        Election e = elections.byNumber(n.electionNumber());
        Map<String, Object> model = base(e, n.language());
        model.put("registrationNumber", n.registrationNumber());
        model.put("registeredOn", localDate(e, n.decidedAt()));
        model.put("campaignStart", e.local(n.decidedAt()));
        model.put("campaignEnd", elections.calendar(e.number()).at(ElectoralCalendar.CAMPAIGN_ENDS));
        model.put("electionDay", e.electionDay());
        return toCandidate(n, "candidate-registered", model);
    }

    public MailRequest refused(String reference) {
        Nomination n = nominations.byReference(reference);
        Election e = elections.byNumber(n.electionNumber());
        List<Map<String, Object>> grounds = new ArrayList<>();
        for (RefusalGround ground : new RefusalDecision(n.groundCodes(), n.reasoning())
                .grounds(RulesetEligibility.refusalGrounds(ruleset(e)))) {
            String text = grounds.isEmpty() && n.reasoning() != null ? ground.text() + ". " + n.reasoning() : ground.text();
            grounds.add(Map.of("text", text, "citation", ground.citation()));
        }
        Map<String, Object> model = base(e, n.language());
        model.put("decidedOn", localDate(e, n.decidedAt()));
        model.put("grounds", grounds);
        model.put("appealDeadline", e.local(appealDeadline(e, n.decidedAt())));
        model.put("higherCommissionName", higherCommission(e, n.language()));
        return toCandidate(n, "candidate-refused", model);
    }

    public MailRequest withdrawn(String reference) {
        Nomination n = nominations.byReference(reference);
        Election e = elections.byNumber(n.electionNumber());
        Map<String, Object> model = base(e, n.language());
        model.put("withdrawnOn", localDate(e, n.removedAt()));
        return toCandidate(n, "candidate-withdrawn", model);
    }

    public MailRequest deregistered(String reference) {
        Nomination n = nominations.byReference(reference);
        Election e = elections.byNumber(n.electionNumber());
        RefusalGround ground = RulesetEligibility.deregistrationGrounds(ruleset(e)).stream()
                .filter(g -> g.code().equals(n.deregistrationGround())).findFirst().orElseThrow();
        Map<String, Object> model = base(e, n.language());
        model.put("decidedOn", localDate(e, n.removedAt()));
        model.put("reason", n.deregistrationReason());
        model.put("ground", ground.text());
        model.put("groundCitation", ground.citation());
        model.put("appealDeadline", e.local(appealDeadline(e, n.removedAt())));
        model.put("higherCommissionName", higherCommission(e, n.language()));
        return toCandidate(n, "candidate-deregistered", model);
    }

    /**
     * The commission is warned that a decision on this nomination is nearly due; the steps are named
     * in the commission's language, as the rest of the mail is.
     */
    public MailRequest escalation(String reference, String taskId) {
        Nomination n = nominations.byReference(reference);
        Election e = elections.byNumber(n.electionNumber());
        CommissionMailboxes.Mailbox tec = mailboxes.of(e.organizerCode());
        String language = tec.language();
        Map<String, Object> model = base(e, language);
        model.put("deadlineName",
                processNames.name(CandidateRegistrationModel.PROCESS, DECIDE_REGISTRATION, language) + ": " + reference);
        model.put("dueAt", n.decisionDueAt());
        model.put("taskName", processNames.name(CandidateRegistrationModel.PROCESS, REVIEW_NOMINATION, language));
        model.put("taskId", taskId);
        return new MailRequest(tec.address(), tec.name(), tec.language(), "deadline-escalation",
                model, reference, null);
    }

    /** The election and its organizing commission, named from the register in the reader's language. */
    /** What every mail about a candidacy names first: the election and its commission, in {@code language}. */
    public Map<String, Object> base(Election e, String language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("electionName", e.post() + " (" + e.number() + ")");
        model.put("commissionName", mailboxes.name(e.organizerCode(), language,
                e.territory() + " territorial election commission"));
        return model;
    }

    private MailRequest toCandidate(Nomination n, String template, Map<String, Object> model) {
        return new MailRequest(n.email(), n.fullName(), n.language(), template, model, n.referenceNumber(), null);
    }

    private Ruleset ruleset(Election e) {
        return rulesets.byId(e.rulesetId());
    }

    private Instant appealDeadline(Election e, Instant decided) {
        Instant from = decided != null ? decided : ElectionTime.now();
        return from.plus(Duration.ofDays(ruleset(e).complaints().filingDeadlineDays().value()));
    }

    /** The commission above the organizing one, which hears appeals against its decisions. */
    private String higherCommission(Election e, String language) {
        return mailboxes.parentName(e.organizerCode(), language, "Oblast territorial election commission");
    }

    private LocalDate localDate(Election e, Instant instant) {
        Instant at = instant != null ? instant : ElectionTime.now();
        return LocalDate.ofInstant(at, e.zone());
    }
}
