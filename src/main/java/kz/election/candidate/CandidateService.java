package kz.election.candidate;

import static kz.election.common.StoredRows.fromJson;
import static kz.election.common.StoredRows.instant;
import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotRestoration;
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.common.TextRules;
import kz.election.election.Deadline;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ElectoralCalendar;
import kz.election.election.PrecinctRow;
import kz.election.ruleset.NominationType;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A nominee's way from filed documents to the ballot, or off it. The rules live in
 * {@link EligibilityCheck} and {@link RefusalDecision}; this service feeds them the stored facts,
 * keeps every result and decision on the nomination row, and records who decided in the
 * {@link DecisionLog}. It joins the caller's transaction, so a process step and its rows commit together.
 */
@Service
@Transactional
public class CandidateService {

    public static final String PROCESS_ID = "candidateRegistration";
    public static final String FILED_MESSAGE = "nominationFiled";
    /** A later extension of nomination, when the election process stores one in the calendar. */
    public static final String NOMINATION_EXTENDED_UNTIL = "nominationExtendedUntil";
    public static final String SYSTEM = "system";

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
    /** Findings whose message names the IIN or the birth date. */
    public static final Set<RuleCode> PERSONAL_FINDINGS = EnumSet.of(RuleCode.IIN_VALID,
            RuleCode.IIN_MATCHES_BIRTH_DATE, RuleCode.AGE_ON_ELECTION_DAY, RuleCode.NOT_ALREADY_NOMINATED);
    // letters of any script (a .қаз domain), digits and the unquoted punctuation RFC 5322 allows: no <, >, quotes or ;
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private static final int MAX_TEXT = 200;
    private static final String COLUMNS = """
            n.*, e.election_number FROM election.nomination n
            JOIN election.election e ON e.id = n.election_id
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ElectionService elections;
    private final RulesetCatalog rulesets;
    private final DecisionLog decisionLog;
    private final RuntimeService runtimeService;
    private final BallotRestoration ballotRestoration;
    private final EligibilityCheck eligibility = EligibilityCheck.standard();

    public CandidateService(JdbcClient jdbc, ObjectMapper json, ElectionService elections, RulesetCatalog rulesets,
                            DecisionLog decisionLog, RuntimeService runtimeService, BallotRestoration ballotRestoration) {
        this.jdbc = jdbc;
        this.json = json;
        this.elections = elections;
        this.rulesets = rulesets;
        this.decisionLog = decisionLog;
        this.runtimeService = runtimeService;
        this.ballotRestoration = ballotRestoration;
    }

    /** Files the nomination and starts its candidateRegistration process, correlated by the reference number. */
    public Nomination nominate(String electionNumber, NominationRequest request, String filedBy) {
        Nomination nomination = file(electionNumber, request, filedBy);
        runtimeService.createMessageCorrelation(FILED_MESSAGE)
                .processInstanceBusinessKey(nomination.referenceNumber())
                .setVariable("electionNumber", electionNumber)
                .setVariable("nominationReference", nomination.referenceNumber())
                .correlateStartMessage();
        return nomination;
    }

    /**
     * Stores a nomination under a new reference number. Input that cannot even be checked is refused
     * (400 naming every field); what the rules judge (checksum, age, documents) is left to {@link #check}.
     */
    public Nomination file(String electionNumber, NominationRequest request, String filedBy) {
        if (electionNumber == null || electionNumber.isBlank()) {
            // the start form carries the election as a field; the REST path always has one
            throw new InvalidInputException("electionNumber", "is required: the election the nominee stands in");
        }
        TextRules.problemWithLine(electionNumber, 40).ifPresent(problem -> {
            throw new InvalidInputException("electionNumber", problem);
        });
        Election election = elections.byNumber(electionNumber);
        long electionId = electionId(electionNumber);
        EligibilityParameters params = parameters(election);
        List<FieldViolation> violations = validate(request, electionId, params);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = now();
        int sequence = jdbc.sql("""
                        INSERT INTO election.nomination_counter AS c (election_id, last_nomination) VALUES (?, 1)
                        ON CONFLICT (election_id) DO UPDATE SET last_nomination = c.last_nomination + 1
                        RETURNING last_nomination""")
                .param(electionId).query(Integer.class).single();
        String reference = "%s-N%02d".formatted(electionNumber, sequence);
        Declarations declarations = new Declarations(declared(request.legalCapacityDeclared()),
                declared(request.noCriminalRecordDeclared()), declared(request.noCorruptionOffenceDeclared()));
        jdbc.sql("""
                        INSERT INTO election.nomination
                          (reference_number, election_id, full_name, iin, birth_date, citizenship, address, email,
                           language, nomination_type, party_name, signatures_submitted, deposit_receipt, documents,
                           declarations, filed_at, filed_by, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?)""")
                .params(reference, electionId, request.fullName().strip(), request.iin(), request.birthDate(),
                        request.citizenship().strip().toUpperCase(), request.address().strip(), request.email().strip(),
                        request.language(), request.nominationType().name(), blankToNull(request.partyName()),
                        request.signaturesSubmitted() == null ? 0 : request.signaturesSubmitted(),
                        blankToNull(request.depositReceipt()), toJson(json, documents(request)), toJson(json, declarations),
                        Timestamp.from(now), filedBy, NominationStatus.FILED.name())
                .update();
        return byReference(reference);
    }

    /** Runs every eligibility rule, keeps the whole checklist on the nomination, and says what comes next. */
    public CheckOutcome check(String reference) {
        Nomination nomination = byReference(reference);
        Election election = elections.byNumber(nomination.electionNumber());
        Ruleset ruleset = rulesets.byId(election.rulesetId());
        EligibilityChecklist checklist = runChecks(nomination, election);
        boolean inTime = checklist.result(RuleCode.FILED_IN_NOMINATION_WINDOW)
                .map(r -> r.outcome() != RuleOutcome.FAILED).orElse(true);
        ElectoralCalendar calendar = elections.calendar(election.number());
        Instant decisionDays = nomination.filedAt().plus(
                Duration.ofDays(ruleset.calendar(election.level()).registrationDecisionDays().value()));
        Instant registrationCloses = calendar.at(ElectoralCalendar.REGISTRATION_CLOSES).toInstant();
        Instant due = decisionDays.isBefore(registrationCloses) ? decisionDays : registrationCloses;
        Instant escalateAt = due.minus(Duration.ofHours(ruleset.escalation().hoursBeforeDeadline().value()));
        jdbc.sql("""
                        UPDATE election.nomination SET checklist = CAST(? AS jsonb), checked_at = ?, decision_due_at = ?,
                          status = CASE WHEN status = 'FILED' THEN 'UNDER_REVIEW' ELSE status END
                        WHERE reference_number = ?""")
                .params(toJson(json, checklist.results()), Timestamp.from(now()), Timestamp.from(due), reference)
                .update();
        return new CheckOutcome(inTime, nomination.nominationType() == NominationType.SELF, due, escalateAt,
                calendar.at(ElectoralCalendar.WINNER_REGISTRATION_DEADLINE).toInstant(), summary(checklist));
    }

    /** A nomination filed outside the (possibly extended) nomination window is refused at once, by the system. */
    public Nomination refuseLate(String reference, String processInstanceId) {
        Nomination nomination = byReference(reference);
        Ruleset ruleset = rulesetOf(nomination);
        List<RefusalGround> grounds = RulesetEligibility.refusalGrounds(ruleset);
        RefusalGround ground = grounds.stream().filter(g -> g.code().equals("NON_COMPLIANCE")).findFirst()
                .orElse(grounds.get(0));
        String window = nomination.checklist().stream()
                .filter(r -> r.code() == RuleCode.FILED_IN_NOMINATION_WINDOW)
                .map(RuleResult::message).findFirst().orElse("filed outside the nomination period");
        String reasoning = "The nomination was " + window + ".";
        return recordDecision(nomination, ReviewDecision.REFUSE, List.of(ground.code()), reasoning, SYSTEM,
                processInstanceId, "refuseLateNomination");
    }

    /** The staff's sample check of a self-nominee's signature sheets; the checklist is run again with it. */
    public Nomination recordSignatureSample(String reference, Integer checked, Integer invalid, String by,
                                            String processInstanceId) {
        Nomination nomination = byReference(reference);
        requireStatus(nomination, NominationStatus.UNDER_REVIEW);
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
        jdbc.sql("UPDATE election.nomination SET signatures_checked = ?, signatures_invalid = ? WHERE reference_number = ?")
                .params(checked, invalid, reference).update();
        Nomination updated = byReference(reference);
        storeChecklist(updated, runChecks(updated, elections.byNumber(updated.electionNumber())));
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, "verifySignatures",
                "SIGNATURE_SAMPLE_RECORDED", checked + " checked, " + invalid + " invalid",
                toJson(json, Map.of("checked", checked, "invalid", invalid))));
        return byReference(reference);
    }

    /**
     * The commission's decision. Registering needs a checklist without a failed rule once staff have
     * confirmed the declarations and qualification; refusing needs a ground of the ruleset and reasons.
     */
    public Nomination decide(String reference, ReviewDecision decision, String by, String processInstanceId) {
        Nomination nomination = byReference(reference);
        requireStatus(nomination, NominationStatus.UNDER_REVIEW);
        Election election = elections.byNumber(nomination.electionNumber());
        if (ReviewDecision.REFUSE.equals(decision.decision())) {
            List<FieldViolation> violations = new RefusalDecision(decision.groundCodes(), decision.reasoning())
                    .validate(RulesetEligibility.refusalGrounds(rulesetOf(nomination)));
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return recordDecision(nomination, ReviewDecision.REFUSE, decision.groundCodes(), decision.reasoning().strip(),
                    by, processInstanceId, "reviewNomination");
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
        if (decision.qualificationMet()) {
            parameters(election).qualificationItems().forEach(item -> answers.put(item.code(), true));
        }
        jdbc.sql("""
                        UPDATE election.nomination SET declarations = CAST(? AS jsonb),
                          qualification_answers = CAST(? AS jsonb) WHERE reference_number = ?""")
                .params(toJson(json, declarations), toJson(json, answers), reference).update();
        Nomination confirmed = byReference(reference);
        EligibilityChecklist checklist = runChecks(confirmed, election);
        storeChecklist(confirmed, checklist);
        List<FieldViolation> blocking = checklist.results().stream()
                .filter(r -> r.outcome() == RuleOutcome.FAILED || r.outcome() == RuleOutcome.NEEDS_STAFF_CONFIRMATION)
                .map(r -> new FieldViolation("decision", "cannot register: " + r.name() + ": " + r.message()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new InvalidInputException(blocking);
        }
        return recordDecision(confirmed, ReviewDecision.REGISTER, List.of(), null, by, processInstanceId,
                "reviewNomination");
    }

    /** The decision's due date passed with no decision: kept on the row for supervisors and reports. */
    public void markOverdue(String reference) {
        jdbc.sql("""
                        UPDATE election.nomination SET decision_overdue_at = ?
                        WHERE reference_number = ? AND decision IS NULL""")
                .params(Timestamp.from(now()), reference).update();
    }

    /** The candidate's written withdrawal, accepted until campaigning ends (the ruleset's campaign end). */
    public Nomination withdraw(String reference, String reason, String by, String processInstanceId) {
        Nomination nomination = byReference(reference);
        if (!NominationStatus.ACTIVE.contains(nomination.status())) {
            throw new ConflictException("nomination " + reference + " is " + nomination.status() + ", not active");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("withdrawalReason", "state the candidate's reason as written");
        }
        Instant deadline = withdrawalDeadline(nomination.electionNumber());
        if (now().isAfter(deadline)) {
            throw new ConflictException("withdrawal was possible until " + deadline + " (end of campaigning)");
        }
        jdbc.sql("""
                        UPDATE election.nomination SET status = 'WITHDRAWN', removed_at = ?, removed_by = ?,
                          withdrawal_reason = ? WHERE reference_number = ?""")
                .params(Timestamp.from(now()), by, reason.strip(), reference).update();
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, "recordWithdrawal", "WITHDRAWN",
                reason.strip(), "{}"));
        return byReference(reference);
    }

    /** Cancels a registration on a ground of the ruleset's deregistration list (a complaint or court decision). */
    public Nomination deregister(String reference, String groundCode, String reason, String by, String processInstanceId) {
        Nomination nomination = byReference(reference);
        requireStatus(nomination, NominationStatus.REGISTERED);
        List<RefusalGround> allowed = RulesetEligibility.deregistrationGrounds(rulesetOf(nomination));
        List<FieldViolation> violations = new RefusalDecision(groundCode == null ? List.of() : List.of(groundCode),
                reason).validate(allowed).stream()
                .map(v -> v.field().equals("groundCodes") ? new FieldViolation("deregistrationGround", v.message())
                        : new FieldViolation("deregistrationReason", v.message()))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                        UPDATE election.nomination SET status = 'DEREGISTERED', removed_at = ?, removed_by = ?,
                          deregistration_ground = ?, deregistration_reason = ?
                        WHERE reference_number = ?""")
                .params(Timestamp.from(now()), by, groundCode, reason.strip(), reference).update();
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, "recordDeregistration", "DEREGISTERED",
                reason.strip(), toJson(json, Map.of("ground", groundCode))));
        return byReference(reference);
    }

    /**
     * Registers a refused or deregistered nominee again, as an upheld complaint or a court ruling orders
     * (message candidateReinstatement). A deregistered candidate keeps the registration number and
     * place they had; a refused one gets the next number. The earlier decision stays in the decision log.
     * When the ballot is already fixed the candidate goes back on it in registration order. Once the
     * polls have opened that is impossible (the ballots are cast without them): see {@link #reinstatementBlocked}.
     */
    public Reinstatement reinstate(String reference, String complaintNumber, String by, String processInstanceId) {
        Nomination nomination = byReference(reference);
        if (nomination.status() != NominationStatus.REFUSED && nomination.status() != NominationStatus.DEREGISTERED) {
            throw new ConflictException("nomination " + reference + " is " + nomination.status()
                    + "; only a refused or deregistered nominee can be reinstated");
        }
        reinstatementBlocked(nomination.electionNumber()).ifPresent(why -> {
            throw new ConflictException(why);
        });
        Instant now = now();
        if (nomination.registrationNumber() == null) {
            int order = jdbc.sql("""
                            INSERT INTO election.nomination_counter AS c (election_id, last_registration) VALUES (?, 1)
                            ON CONFLICT (election_id) DO UPDATE SET last_registration = c.last_registration + 1
                            RETURNING last_registration""")
                    .param(electionId(nomination.electionNumber())).query(Integer.class).single();
            jdbc.sql("UPDATE election.nomination SET registration_number = ?, registration_order = ? WHERE reference_number = ?")
                    .params("%s-C%02d".formatted(nomination.electionNumber(), order), order, reference).update();
        }
        jdbc.sql("""
                        UPDATE election.nomination SET status = 'REGISTERED', decision = 'REGISTER', decided_by = ?,
                          decided_at = ?, removed_at = NULL, removed_by = NULL, deregistration_ground = NULL,
                          deregistration_reason = NULL WHERE reference_number = ?""")
                .params(by, Timestamp.from(now), reference).update();
        Nomination restored = byReference(reference);
        boolean backOnBallot = ballotRestoration.restore(restored.electionNumber(), new BallotEntry(
                restored.registrationNumber(), restored.fullName(), restored.nominatedBy()));
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, "reinstateCandidate", "REINSTATED",
                "complaint " + complaintNumber, toJson(json, Map.of("complaintNumber", complaintNumber,
                        "previousStatus", nomination.status().name(), "addedToFixedBallot", backOnBallot))));
        return new Reinstatement(byReference(reference),
                elections.calendar(nomination.electionNumber()).at(ElectoralCalendar.WINNER_REGISTRATION_DEADLINE).toInstant());
    }

    /**
     * Why no candidate of the election can be reinstated any more, or empty while one can. From the
     * opening of the polls the ballots are cast without the candidate: restoring the registration
     * cannot give them the votes they were denied, so a commission (or court) that finds the refusal
     * or deregistration unlawful annuls the election and a REPEAT election follows (docs/RULES.md
     * "Complaints and appeals").
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> reinstatementBlocked(String electionNumber) {
        return reinstatementBlocked(electionNumber,
                elections.calendar(electionNumber).at(ElectoralCalendar.POLLS_OPEN), now());
    }

    static java.util.Optional<String> reinstatementBlocked(String electionNumber, java.time.OffsetDateTime pollsOpen,
                                                          Instant now) {
        if (now.isBefore(pollsOpen.toInstant())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("voting in election " + electionNumber + " began at " + pollsOpen
                + ": a candidate cannot be put back on ballots already cast; if the refusal or deregistration"
                + " was unlawful the remedy is ANNUL_ELECTION (a repeat election follows)");
    }

    @Transactional(readOnly = true)
    public Nomination byReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE n.reference_number = ?").param(reference)
                .query(this::nomination).optional()
                .orElseThrow(() -> new NotFoundException("Nomination", reference));
    }

    /** The ballot's candidates, in registration order, for the election process. */
    @Transactional(readOnly = true)
    public List<RegisteredCandidate> registeredInOrder(String electionNumber) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         WHERE e.election_number = ? AND n.status = 'REGISTERED' ORDER BY n.registration_order""")
                .param(electionNumber).query(this::nomination).list().stream()
                .map(n -> new RegisteredCandidate(n.registrationNumber(), n.fullName(), n.nominatedBy(),
                        n.registrationOrder()))
                .toList();
    }

    /** The nomination that got this registration number, for the election process's mails to a ballot's candidates. */
    @Transactional(readOnly = true)
    public java.util.Optional<Nomination> byRegistrationNumber(String registrationNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE n.registration_number = ?").param(registrationNumber)
                .query(this::nomination).optional();
    }

    /** Nominations still standing (filed, under review or registered): the count that closes nomination. */
    @Transactional(readOnly = true)
    public long countStanding(String electionNumber) {
        return jdbc.sql("SELECT count(*) FROM " + COLUMNS.substring(COLUMNS.indexOf("election.nomination"))
                        + " WHERE e.election_number = ? AND n.status IN ('FILED', 'UNDER_REVIEW', 'REGISTERED')")
                .param(electionNumber).query(Long.class).single();
    }

    /** Every nomination filed in the election, whatever became of it. */
    @Transactional(readOnly = true)
    public long countNominations(String electionNumber) {
        return jdbc.sql("SELECT count(*) FROM " + COLUMNS.substring(COLUMNS.indexOf("election.nomination"))
                        + " WHERE e.election_number = ?")
                .param(electionNumber).query(Long.class).single();
    }

    /** Candidates on the ballot now (withdrawn and deregistered ones are not). */
    @Transactional(readOnly = true)
    public long countRegistered(String electionNumber) {
        return jdbc.sql("SELECT count(*) FROM " + COLUMNS.substring(COLUMNS.indexOf("election.nomination"))
                        + " WHERE e.election_number = ? AND n.status = 'REGISTERED'")
                .param(electionNumber).query(Long.class).single();
    }

    /** The ruleset's refusal grounds of the nomination's election, for the review form. */
    @Transactional(readOnly = true)
    public List<RefusalGround> refusalGrounds(String reference) {
        return RulesetEligibility.refusalGrounds(rulesetOf(byReference(reference)));
    }

    @Transactional(readOnly = true)
    public List<RefusalGround> deregistrationGrounds(String reference) {
        return RulesetEligibility.deregistrationGrounds(rulesetOf(byReference(reference)));
    }

    public Instant withdrawalDeadline(String electionNumber) {
        return elections.calendar(electionNumber).at(ElectoralCalendar.CAMPAIGN_ENDS).toInstant();
    }

    private Nomination recordDecision(Nomination nomination, String decision, List<String> groundCodes,
                                      String reasoning, String by, String processInstanceId, String activityId) {
        Instant now = now();
        String reference = nomination.referenceNumber();
        if (ReviewDecision.REGISTER.equals(decision)) {
            long electionId = electionId(nomination.electionNumber());
            int order = jdbc.sql("""
                            INSERT INTO election.nomination_counter AS c (election_id, last_registration) VALUES (?, 1)
                            ON CONFLICT (election_id) DO UPDATE SET last_registration = c.last_registration + 1
                            RETURNING last_registration""")
                    .param(electionId).query(Integer.class).single();
            jdbc.sql("""
                            UPDATE election.nomination SET status = 'REGISTERED', decision = 'REGISTER', decided_by = ?,
                              decided_at = ?, registration_number = ?, registration_order = ? WHERE reference_number = ?""")
                    .params(by, Timestamp.from(now), "%s-C%02d".formatted(nomination.electionNumber(), order), order,
                            reference)
                    .update();
        } else {
            jdbc.sql("""
                            UPDATE election.nomination SET status = 'REFUSED', decision = 'REFUSE', decided_by = ?,
                              decided_at = ?, ground_codes = CAST(? AS jsonb), reasoning = ? WHERE reference_number = ?""")
                    .params(by, Timestamp.from(now), toJson(json, groundCodes), reasoning, reference)
                    .update();
        }
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, activityId,
                ReviewDecision.REGISTER.equals(decision) ? "REGISTERED" : "REFUSED", reasoning,
                toJson(json, Map.of("groundCodes", groundCodes))));
        return byReference(reference);
    }

    private EligibilityChecklist runChecks(Nomination nomination, Election election) {
        ElectoralCalendar calendar = elections.calendar(election.number());
        Instant extended = election.calendar().stream()
                .filter(d -> d.key().equals(NOMINATION_EXTENDED_UNTIL)).map(Deadline::dueAt)
                .map(t -> t.toInstant()).findFirst().orElse(null);
        long electionId = electionId(election.number());
        List<Nomination> others = jdbc.sql("SELECT " + COLUMNS + """
                         WHERE n.election_id = ? AND n.reference_number <> ? AND n.status IN ('FILED', 'UNDER_REVIEW', 'REGISTERED')""")
                .params(electionId, nomination.referenceNumber()).query(this::nomination).list();
        Set<String> otherIins = others.stream().map(Nomination::iin).collect(Collectors.toSet());
        Set<String> parties = others.stream().filter(n -> n.nominationType() == NominationType.PARTY)
                .map(Nomination::partyName).collect(Collectors.toCollection(HashSet::new));
        ElectionFacts facts = new ElectionFacts(election.electionDay(),
                calendar.at(ElectoralCalendar.NOMINATION_OPENS).toInstant(),
                calendar.at(ElectoralCalendar.NOMINATION_CLOSES).toInstant(), extended,
                election.precincts().stream().mapToLong(PrecinctRow::voters).sum(), otherIins, parties);
        NominationFacts nominationFacts = new NominationFacts(nomination.fullName(), nomination.iin(),
                nomination.birthDate(), nomination.citizenship(), nomination.nominationType(), nomination.partyName(),
                nomination.documents(), nomination.signaturesSubmitted(), nomination.signatureSample(),
                nomination.depositReceipt() != null, nomination.declarations(), nomination.qualificationAnswers(),
                nomination.filedAt(), facts);
        return eligibility.run(nominationFacts, parameters(election));
    }

    private void storeChecklist(Nomination nomination, EligibilityChecklist checklist) {
        jdbc.sql("UPDATE election.nomination SET checklist = CAST(? AS jsonb), checked_at = ? WHERE reference_number = ?")
                .params(toJson(json, checklist.results()), Timestamp.from(now()), nomination.referenceNumber()).update();
    }

    /**
     * One line per rule, as the reviewer reads it in Tasklist. Citations stay on the nomination row:
     * a string variable holds at most 4,000 characters. A variable is read by everyone who reads the
     * process and its history, so the findings that name the IIN or the birth date say only their
     * outcome here; the nomination row, read by those who decide on it, holds them in full.
     */
    public static String summary(EligibilityChecklist checklist) {
        String text = checklist.results().stream()
                .map(r -> "[" + r.outcome() + "] " + r.name() + (PERSONAL_FINDINGS.contains(r.code())
                        ? " (details in the nomination file)" : ": " + r.message()))
                .collect(Collectors.joining("\n"));
        return text.length() <= 3_900 ? text : text.substring(0, 3_899) + "…";
    }

    private List<FieldViolation> validate(NominationRequest r, long electionId, EligibilityParameters params) {
        List<FieldViolation> v = new ArrayList<>();
        text(v, "fullName", r.fullName());
        if (r.iin() == null || !TWELVE_DIGITS.matcher(r.iin()).matches()) {
            v.add(new FieldViolation("iin", "IIN must be 12 digits, was " + (r.iin() == null ? "missing" : "\"" + r.iin() + "\"")));
        } else {
            jdbc.sql("""
                            SELECT reference_number FROM election.nomination WHERE election_id = ? AND iin = ?
                            AND status IN ('FILED', 'UNDER_REVIEW', 'REGISTERED')""")
                    .params(electionId, r.iin()).query(String.class).optional()
                    .ifPresent(other -> v.add(new FieldViolation("iin",
                            "this person is already nominated in this election as " + other)));
        }
        if (r.birthDate() == null) {
            v.add(new FieldViolation("birthDate", "birthDate is required"));
        }
        if (r.citizenship() == null || !r.citizenship().strip().matches("[A-Za-z]{2}")) {
            v.add(new FieldViolation("citizenship", "citizenship is a two-letter country code such as KZ"));
        }
        text(v, "address", r.address());
        if (r.email() == null || !EMAIL.matcher(r.email().strip()).matches()
                || TextRules.problemWithLine(r.email(), 254).isPresent()) {
            v.add(new FieldViolation("email", "a valid email address is required: the candidate is told by mail"));
        }
        if (r.language() == null || !LANGUAGES.contains(r.language())) {
            v.add(new FieldViolation("language", "language must be one of kk, ru, en"));
        }
        if (r.nominationType() == null) {
            v.add(new FieldViolation("nominationType", "nominationType must be PARTY or SELF"));
        } else if (r.nominationType() == NominationType.PARTY) {
            text(v, "partyName", r.partyName());
        } else if (blankToNull(r.partyName()) != null) {
            v.add(new FieldViolation("partyName", "a self-nominee has no nominating party"));
        }
        if (r.signaturesSubmitted() != null && r.signaturesSubmitted() < 0) {
            v.add(new FieldViolation("signaturesSubmitted", "cannot be negative"));
        }
        Set<String> known = new HashSet<>();
        params.requiredDocuments().values().forEach(list -> list.forEach(d -> known.add(d.code())));
        Map<String, LocalDate> documents = r.documents() == null ? Map.of() : r.documents();
        documents.forEach((code, date) -> {
            if (!known.contains(code)) {
                v.add(new FieldViolation("documents", "\"" + code + "\" is not a document of this election's rules; known: "
                        + known.stream().sorted().toList()));
            } else if (date == null || date.isAfter(LocalDate.ofInstant(now(), java.time.ZoneOffset.ofHours(5)))) {
                v.add(new FieldViolation("documents", code + ": the day received is missing or in the future"));
            }
        });
        if (r.depositReceipt() != null && !r.depositReceipt().isBlank()) {
            TextRules.problemWithLine(r.depositReceipt(), 100)
                    .ifPresent(problem -> v.add(new FieldViolation("depositReceipt", problem)));
        }
        return v;
    }

    /** A line of a person's text: required, at most MAX_TEXT characters, no NUL or other control characters. */
    private static void text(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, field + " is required"));
        } else {
            TextRules.problemWithLine(value, MAX_TEXT).ifPresent(problem -> v.add(new FieldViolation(field, problem)));
        }
    }

    private static Map<String, LocalDate> documents(NominationRequest r) {
        Map<String, LocalDate> documents = new LinkedHashMap<>(r.documents() == null ? Map.of() : r.documents());
        return documents;
    }

    private EligibilityParameters parameters(Election election) {
        return RulesetEligibility.parameters(rulesets.byId(election.rulesetId()), election.level());
    }

    private Ruleset rulesetOf(Nomination nomination) {
        return rulesets.byId(elections.byNumber(nomination.electionNumber()).rulesetId());
    }

    private long electionId(String electionNumber) {
        return jdbc.sql("SELECT id FROM election.election WHERE election_number = ?").param(electionNumber)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Election", electionNumber));
    }

    private static void requireStatus(Nomination nomination, NominationStatus expected) {
        if (nomination.status() != expected) {
            throw new ConflictException("nomination " + nomination.referenceNumber() + " is " + nomination.status()
                    + ", not " + expected);
        }
    }

    private static DeclarationStatus declared(boolean declared) {
        return declared ? DeclarationStatus.DECLARED : DeclarationStatus.NOT_DECLARED;
    }

    private static DeclarationStatus confirm(DeclarationStatus status) {
        return status == DeclarationStatus.DECLARED ? DeclarationStatus.CONFIRMED_BY_STAFF : status;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }



    private Nomination nomination(ResultSet rs, int row) throws SQLException {
        List<RuleResult> checklist = fromJson(json, rs.getString("checklist"), new TypeReference<List<RuleResult>>() { });
        List<String> grounds = fromJson(json, rs.getString("ground_codes"), new TypeReference<List<String>>() { });
        return new Nomination(
                rs.getString("reference_number"),
                rs.getString("election_number"),
                rs.getString("full_name"),
                rs.getString("iin"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("citizenship"),
                rs.getString("address"),
                rs.getString("email"),
                rs.getString("language"),
                NominationType.valueOf(rs.getString("nomination_type")),
                rs.getString("party_name"),
                rs.getInt("signatures_submitted"),
                (Integer) rs.getObject("signatures_checked"),
                (Integer) rs.getObject("signatures_invalid"),
                rs.getString("deposit_receipt"),
                fromJson(json, rs.getString("documents"), new TypeReference<Map<String, LocalDate>>() { }),
                fromJson(json, rs.getString("declarations"), new TypeReference<Declarations>() { }),
                fromJson(json, rs.getString("qualification_answers"), new TypeReference<Map<String, Boolean>>() { }),
                instant(rs, "filed_at"),
                rs.getString("filed_by"),
                NominationStatus.valueOf(rs.getString("status")),
                checklist == null ? List.of() : checklist,
                instant(rs, "decision_due_at"),
                instant(rs, "decision_overdue_at"),
                rs.getString("decision"),
                grounds == null ? List.of() : grounds,
                rs.getString("reasoning"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("registration_number"),
                (Integer) rs.getObject("registration_order"),
                instant(rs, "removed_at"),
                rs.getString("removed_by"),
                rs.getString("withdrawal_reason"),
                rs.getString("deregistration_ground"),
                rs.getString("deregistration_reason"));
    }

}
