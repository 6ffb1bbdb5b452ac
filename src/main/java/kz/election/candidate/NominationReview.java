package kz.election.candidate;

import static kz.election.common.StoredRows.toJson;
import static kz.election.model.CandidateRegistrationModel.Elements.REFUSE_LATE_NOMINATION;
import static kz.election.model.CandidateRegistrationModel.Elements.REVIEW_NOMINATION;
import static kz.election.model.CandidateRegistrationModel.Elements.VERIFY_SIGNATURES;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission's review of a nomination: the signature sample of a self-nominee, the decision to
 * register or refuse (and the system's refusal of a late nomination), the overdue mark. The rules live
 * in {@link EligibilityCheck} and {@link RefusalDecision}; every decision is kept on the nomination row
 * and in the {@link DecisionLog} with who made it. It joins the caller's transaction.
 */
@Service
@Transactional
public class NominationReview {

    private final NominationRepository nominations;
    private final NominationChecks checks;
    private final ElectionService elections;
    private final DecisionLog decisionLog;
    private final ObjectMapper json;
    private final Deposits deposits;

    public NominationReview(NominationRepository nominations, NominationChecks checks, ElectionService elections,
                            DecisionLog decisionLog, ObjectMapper json, Deposits deposits) {
        this.nominations = nominations;
        this.checks = checks;
        this.elections = elections;
        this.decisionLog = decisionLog;
        this.json = json;
        this.deposits = deposits;
    }

    /**
     * The decision of the review form, which may also carry the deposit receipt the commission holds on
     * paper: recorded first, so the checklist the decision is judged by has it (null: none given).
     */
    public Nomination decide(String reference, DepositRequest deposit, ReviewDecision decision, String by,
                             String processInstanceId) {
        if (deposit != null) {
            try {
                deposits.record(reference, deposit, by, processInstanceId);
            } catch (InvalidInputException e) {
                // the form's fields are named depositAmount, depositPaidOn, depositPaymentReference
                throw new InvalidInputException(e.violations().stream().map(v -> new FieldViolation(
                        "deposit" + Character.toUpperCase(v.field().charAt(0)) + v.field().substring(1), v.message()))
                        .toList());
            }
        }
        return decide(reference, decision, by, processInstanceId);
    }

    /** A nomination filed outside the (possibly extended) nomination window is refused at once, by the system. */
    public Nomination refuseLate(String reference, String processInstanceId) {
        Nomination nomination = nominations.byReference(reference);
        List<RefusalGround> grounds = RulesetEligibility.refusalGrounds(checks.ruleset(nomination));
        RefusalGround ground = grounds.stream().filter(g -> g.code().equals("NON_COMPLIANCE")).findFirst()
                .orElse(grounds.get(0));
        String window = nomination.checklist().stream()
                .filter(r -> r.code() == RuleCode.FILED_IN_NOMINATION_WINDOW)
                .map(RuleResult::message).findFirst().orElse("filed outside the nomination period");
        String reasoning = "The nomination was " + window + ".";
        return recordDecision(nomination, ReviewDecision.REFUSE, List.of(ground.code()), reasoning, DecisionEntry.SYSTEM,
                processInstanceId, REFUSE_LATE_NOMINATION);
    }

    /** The staff's sample check of a self-nominee's signature sheets; the checklist is run again with it. */
    public Nomination recordSignatureSample(String reference, Integer checked, Integer invalid, String by,
                                            String processInstanceId) {
        Nomination nomination = nominations.byReference(reference);
        nomination.requireStatus(NominationStatus.UNDER_REVIEW);
        List<FieldViolation> violations = new ArrayList<>();
        if (checked == null) {
            violations.add(new FieldViolation("signaturesChecked", "enter how many signatures were checked"));
        }
        if (invalid == null) {
            violations.add(new FieldViolation("signaturesInvalid", "enter how many of them were invalid"));
        }
        if (violations.isEmpty()) {
            SignatureSample.validate(nomination.signaturesSubmitted(), checked, invalid).forEach(v -> violations.add(
                    new FieldViolation(v.field().equals("checked") ? "signaturesChecked" : "signaturesInvalid",
                            v.message())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        nominations.storeSignatureSample(reference, checked, invalid);
        Nomination updated = nominations.byReference(reference);
        checks.recheck(updated, elections.byNumber(updated.electionNumber()));
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, VERIFY_SIGNATURES,
                "SIGNATURE_SAMPLE_RECORDED", checked + " checked, " + invalid + " invalid",
                toJson(json, Map.of("checked", checked, "invalid", invalid))));
        return nominations.byReference(reference);
    }

    /**
     * The commission's decision. Registering needs a checklist without a failed rule once staff have
     * confirmed the declarations and qualification; refusing needs a ground of the ruleset and reasons.
     */
    public Nomination decide(String reference, ReviewDecision decision, String by, String processInstanceId) {
        Nomination nomination = nominations.byReference(reference);
        nomination.requireStatus(NominationStatus.UNDER_REVIEW);
        Election election = elections.byNumber(nomination.electionNumber());
        if (ReviewDecision.REFUSE.equals(decision.decision())) {
            List<FieldViolation> violations = new RefusalDecision(decision.groundCodes(), decision.reasoning())
                    .validate(RulesetEligibility.refusalGrounds(checks.ruleset(nomination)));
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return recordDecision(nomination, ReviewDecision.REFUSE, decision.groundCodes(), decision.reasoning().strip(),
                    by, processInstanceId, REVIEW_NOMINATION);
        }
        if (!ReviewDecision.REGISTER.equals(decision.decision())) {
            throw new InvalidInputException("decision", "choose REGISTER or REFUSE");
        }
        Declarations declarations = nomination.declarations();
        if (decision.declarationsConfirmed()) {
            declarations = new Declarations(confirm(declarations.legalCapacity()),
                    confirm(declarations.noCriminalRecord()), confirm(declarations.noCorruptionOffence()));
        }
        Map<String, Boolean> answers = new HashMap<>(nomination.qualificationAnswers());
        // points the rules leave to staff (higher education of a RURAL nominee), confirmed by this decision
        List<QualificationItem> confirmedPoints = decision.qualificationPointsConfirmed()
                ? QualificationRule.toConfirm(answers, checks.parameters(election)) : List.of();
        if (decision.qualificationMet()) {
            checks.parameters(election).qualificationItems().stream().filter(item -> !item.staffConfirms())
                    .forEach(item -> answers.put(item.code(), true));
        }
        confirmedPoints.forEach(item -> answers.put(item.code(), true));
        nominations.storeConfirmations(reference, declarations, answers);
        Nomination confirmed = nominations.byReference(reference);
        EligibilityChecklist checklist = checks.recheck(confirmed, election);
        List<FieldViolation> blocking = checklist.results().stream()
                .filter(r -> r.outcome() == RuleOutcome.FAILED || r.outcome() == RuleOutcome.NEEDS_STAFF_CONFIRMATION)
                .map(r -> new FieldViolation("decision", "cannot register: " + r.name() + ": " + r.message()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new InvalidInputException(blocking);
        }
        if (!confirmedPoints.isEmpty()) {
            decisionLog.record(new DecisionEntry(by, reference, processInstanceId, REVIEW_NOMINATION,
                    "QUALIFICATION_CONFIRMED", "confirmed by the commission, a point the rules leave to it: "
                    + String.join("; ", confirmedPoints.stream().map(QualificationItem::text).toList()),
                    toJson(json, Map.of("confirmed", confirmedPoints.stream().map(QualificationItem::code).toList()))));
        }
        return recordDecision(confirmed, ReviewDecision.REGISTER, List.of(), null, by, processInstanceId,
                REVIEW_NOMINATION);
    }

    /** The decision's due date passed with no decision: kept on the row for supervisors and reports. */
    public void markOverdue(String reference) {
        nominations.markOverdue(reference, ElectionTime.now());
    }

    private Nomination recordDecision(Nomination nomination, String decision, List<String> groundCodes,
                                      String reasoning, String by, String processInstanceId, String activityId) {
        String reference = nomination.referenceNumber();
        if (ReviewDecision.REGISTER.equals(decision)) {
            nominations.register(nomination, by, ElectionTime.now());
        } else {
            nominations.refuse(reference, by, ElectionTime.now(), groundCodes, reasoning);
        }
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, activityId,
                ReviewDecision.REGISTER.equals(decision) ? "REGISTERED" : "REFUSED", reasoning,
                toJson(json, Map.of("groundCodes", groundCodes))));
        return nominations.byReference(reference);
    }

    private static DeclarationStatus confirm(DeclarationStatus status) {
        return status == DeclarationStatus.DECLARED ? DeclarationStatus.CONFIRMED_BY_STAFF : status;
    }
}
