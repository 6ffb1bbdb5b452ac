package kz.election.noconfidence;

import static kz.election.common.ElectionTime.now;
import static kz.election.common.ElectionTime.today;
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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRepository;
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.common.TextRules;
import kz.election.conduct.AkimTerms;
import kz.election.conduct.ElectionCalls;
import kz.election.election.AkimTerm;
import kz.election.election.AnnouncementRequest;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.election.TermEndReason;
import kz.election.model.NoConfidenceModel;
import kz.election.model.NoConfidenceModel.Elements;
import kz.election.platform.FormValues;
import kz.election.ruleset.CalendarRules;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A motion of no confidence from filing to the early election (admissibility, the maslikhat's vote, the
 * decision, the end of the term, the call), and the resignations and deaths that end a term the same
 * way. The akim is the one {@link AkimTerms} certified; their term is ended there, and the EARLY
 * election is called through {@link ElectionCalls#call}, which starts election.bpmn. The rules live in
 * {@link MotionRules} and {@link EarlyElectionRules}; this service feeds them stored facts, keeps every
 * result and decision on the motion row and records who decided in the {@link DecisionLog}. It joins
 * the caller's transaction: a process step and its rows commit together. Citizens' appeals for a
 * motion are {@link CitizenAppealService}'s.
 */
@Service
@Transactional
public class MotionService {

    static final int MAX_TEXT = 200;
    static final int MAX_LONG_TEXT = 4000;
    static final int MAX_INITIATORS = 500;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ElectionService elections;
    private final RulesetCatalog rulesets;
    private final DecisionLog decisionLog;
    private final RuntimeService runtimeService;
    private final AkimTerms akimTerms;
    private final ElectionCalls electionCalls;
    private final NominationRepository candidates;
    private final CaseRegistry registry;

    MotionService(JdbcClient jdbc, ObjectMapper json, ElectionService elections, RulesetCatalog rulesets,
                  DecisionLog decisionLog, RuntimeService runtimeService, AkimTerms akimTerms,
                  ElectionCalls electionCalls, NominationRepository candidates, CaseRegistry registry) {
        this.jdbc = jdbc;
        this.json = json;
        this.elections = elections;
        this.rulesets = rulesets;
        this.decisionLog = decisionLog;
        this.runtimeService = runtimeService;
        this.akimTerms = akimTerms;
        this.electionCalls = electionCalls;
        this.candidates = candidates;
        this.registry = registry;
    }

    /** Files the case and starts its noConfidence process (message motionFiled), correlated by the motion number. */
    public Motion fileAndStart(MotionRequest request, String filedBy) {
        Motion motion = file(request, filedBy);
        runtimeService.createMessageCorrelation(NoConfidenceModel.Messages.MOTION_FILED)
                .processInstanceBusinessKey(motion.motionNumber())
                .setVariable("motionNumber", motion.motionNumber())
                .setVariable("electionNumber", motion.electionNumber())
                .setVariable("caseKind", motion.kind().name())
                .correlateStartMessage();
        // as the process left it: admitted or inadmissible, or the term ended
        return byNumber(motion.motionNumber());
    }

    /**
     * Stores a case under a new motion number. Input that cannot even be judged is refused (400 naming
     * every field); what the ruleset judges (one fifth, the ground, the periods) is left to
     * {@link #checkAdmissibility}, so an inadmissible motion is kept with its reason.
     */
    public Motion file(MotionRequest request, String filedBy) {
        CaseKind kind = request.kind() == null ? CaseKind.MOTION : request.kind();
        LocalDate today = today();
        LocalDate filedOn = request.filedOn() == null ? today : request.filedOn();
        List<FieldViolation> violations = new ArrayList<>();
        Optional<SittingAkim> akim = sittingAkim(violations, request.electionNumber());
        line(violations, "maslikhatName", request.maslikhatName(), MAX_TEXT);
        if (filedOn.isAfter(today)) {
            violations.add(new FieldViolation("filedOn", filedOn + " is in the future"));
        }
        if (kind == CaseKind.MOTION) {
            checkMotionFields(violations, request, filedOn);
        } else {
            if (request.termEndedOn() == null) {
                violations.add(new FieldViolation("termEndedOn", "enter the day of the " + kind.name().toLowerCase()));
            } else if (request.termEndedOn().isAfter(today)) {
                violations.add(new FieldViolation("termEndedOn", request.termEndedOn() + " is in the future"));
            } else if (akim.isPresent() && request.termEndedOn().isBefore(akim.get().since())) {
                violations.add(new FieldViolation("termEndedOn", "the term began on " + akim.get().since()
                        + "; it cannot have ended on " + request.termEndedOn()));
            }
            line(violations, "termEndReference", request.termEndReference(), MAX_TEXT);
            if (kind == CaseKind.DISMISSAL) {
                line(violations, "decidedByAuthority", request.decidedByAuthority(), MAX_TEXT);
                TextRules.problemWithLine(request.groundsText(), MAX_LONG_TEXT)
                        .ifPresent(p -> violations.add(new FieldViolation("groundsText", "the ground of the dismissal: " + p)));
            }
            actingAkimProblems(request.actingAkimName(), request.actingAkimFrom(), request.termEndedOn())
                    .forEach(violations::add);
        }
        Optional<Ruleset> ruleset = rulesets.effectiveOn(filedOn);
        if (ruleset.isEmpty()) {
            violations.add(new FieldViolation("filedOn", "no rules are in force on " + filedOn));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String election = request.electionNumber().strip();
        elections.requireOrganizerSeat(election, filedBy, "A motion or end of term of the akim");
        String open = jdbc.sql("SELECT motion_number FROM election.motion WHERE election_number = ? AND status IN "
                        + "('FILED', 'ADMITTED', 'CARRIED', 'DISMISSED', 'TERM_ENDED') LIMIT 1")
                .param(election).query(String.class).optional().orElse(null);
        if (open != null) {
            throw new ConflictException("Case " + open + " about the akim of election " + election + " is still open");
        }
        String number = registry.nextNumber("NC", filedOn.getYear());
        Instant now = now();
        String akimName = akim.orElseThrow().fullName();
        long id = jdbc.sql("""
                        INSERT INTO election.motion
                          (motion_number, kind, election_number, akim_name, akim_email, akim_language, maslikhat_name,
                           deputies_total, ground, grounds_text, reports_rejected_on, ruleset_id, filed_on, filed_by,
                           filed_at, status, term_ended_on, term_end_reference, decided_by_authority, decision_reference,
                           decided_on, acting_akim_name, acting_akim_from, acting_akim_recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(number, kind.name(), election, akimName, akim.get().email(),
                        akim.get().language(), request.maslikhatName().strip(),
                        kind == CaseKind.MOTION ? request.deputiesTotal() : null,
                        kind == CaseKind.MOTION ? request.ground().name() : null,
                        FormValues.text(request.groundsText()),
                        toJson(json, kind == CaseKind.MOTION && request.reportsRejectedOn() != null
                                ? request.reportsRejectedOn().stream().map(LocalDate::toString).toList() : List.of()),
                        ruleset.orElseThrow().id(), filedOn, filedBy, Timestamp.from(now), MotionStatus.FILED.name(),
                        kind == CaseKind.MOTION ? null : request.termEndedOn(),
                        kind == CaseKind.MOTION ? null : request.termEndReference().strip(),
                        kind == CaseKind.DISMISSAL ? request.decidedByAuthority().strip() : null,
                        kind == CaseKind.DISMISSAL ? request.termEndReference().strip() : null,
                        kind == CaseKind.DISMISSAL ? request.termEndedOn() : null,
                        actingName(kind, request), kind == CaseKind.MOTION ? null : request.actingAkimFrom(),
                        actingName(kind, request) == null ? null : filedBy)
                .query(Long.class).single();
        if (kind == CaseKind.MOTION) {
            int position = 1;
            for (Initiator initiator : request.initiators()) {
                jdbc.sql("INSERT INTO election.motion_initiator (motion_id, position, full_name, signed_on) VALUES (?, ?, ?, ?)")
                        .params(id, position++, initiator.fullName().strip(), initiator.signedOn()).update();
            }
        }
        decisionLog.record(new DecisionEntry(filedBy, number, null, null, kind == CaseKind.MOTION ? "MOTION_FILED"
                : kind.name() + "_RECORDED", kind == CaseKind.MOTION ? FormValues.text(request.groundsText())
                : request.termEndReference().strip(), toJson(json, Map.of("electionNumber", election, "kind", kind.name()))));
        return byNumber(number);
    }

    /** Runs every admissibility rule; an inadmissible motion ends with its reasons stored. */
    public Admissibility checkAdmissibility(String number, String processInstanceId) {
        Motion motion = byNumber(number);
        requireStatus(motion, MotionStatus.FILED);
        Ruleset ruleset = rulesets.byId(motion.rulesetId());
        Election election = elections.byNumber(motion.electionNumber());
        LocalDate since = akimTerms.sitting(motion.electionNumber()).map(AkimTerm::termFrom).orElse(null);
        LocalDate lastFailed = jdbc.sql("SELECT max(vote_on) FROM election.motion WHERE election_number = ? AND status = 'FAILED'")
                .param(motion.electionNumber()).query(LocalDate.class).optional().orElse(null);
        List<MotionRules.Finding> findings = MotionRules.admissibility(new MotionRules.MotionFacts(election.level(),
                motion.deputiesTotal(), (int) motion.signedInitiators(), motion.ground(), motion.groundsText(),
                motion.reportsRejectedOn(), motion.filedOn(), since, lastFailed), ruleset.noConfidence());
        boolean admissible = MotionRules.admissible(findings);
        String reason = admissible ? null : String.join("; ", findings.stream().filter(f -> !f.passed())
                .map(MotionRules.Finding::message).toList());
        jdbc.sql("UPDATE election.motion SET admissibility = CAST(? AS jsonb), status = ?, inadmissible_reason = ? WHERE motion_number = ?")
                .params(toJson(json, findings), (admissible ? MotionStatus.ADMITTED : MotionStatus.INADMISSIBLE).name(), reason, number)
                .update();
        decisionLog.record(new DecisionEntry(DecisionEntry.SYSTEM, number, processInstanceId, Elements.CHECK_ADMISSIBILITY,
                admissible ? "MOTION_ADMITTED" : "MOTION_INADMISSIBLE", reason, toJson(json, Map.of("findings", findings))));
        return new Admissibility(admissible, motion.deputiesTotal(), summary(number));
    }

    /** The maslikhat's vote; a majority of ALL deputies carries it. Returns the decision deadline when it carried. */
    public VoteOutcome recordVote(String number, Integer votesFor, Integer votesAgainst, Integer votesAbstained,
                                  Integer deputiesTotal, LocalDate voteOn, String by, String processInstanceId) {
        Motion motion = byNumber(number);
        requireStatus(motion, MotionStatus.ADMITTED);
        List<FieldViolation> violations = new ArrayList<>(MotionRules.checkVote(votesFor, votesAgainst, votesAbstained,
                deputiesTotal));
        LocalDate today = today();
        if (voteOn == null) {
            violations.add(new FieldViolation("voteOn", "enter the day of the maslikhat's session"));
        } else if (voteOn.isAfter(today) || voteOn.isBefore(motion.filedOn())) {
            violations.add(new FieldViolation("voteOn", "the session on " + voteOn + " must lie between the filing on "
                    + motion.filedOn() + " and today, " + today));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Ruleset ruleset = rulesets.byId(motion.rulesetId());
        MotionRules.Vote vote = new MotionRules.Vote(votesFor, votesAgainst, votesAbstained, deputiesTotal);
        boolean carried = MotionRules.carried(vote, ruleset.noConfidence().carriedByMoreThanShareOfAllDeputies().value());
        Instant due = null;
        Instant escalateAt = null;
        if (carried) {
            due = voteOn.plusDays(ruleset.noConfidence().decisionDays().value()).atTime(LocalTime.of(18, 0))
                    .atZone(elections.byNumber(motion.electionNumber()).zone()).toInstant();
            escalateAt = due.minus(Duration.ofHours(ruleset.escalation().hoursBeforeDeadline().value()));
        }
        jdbc.sql("""
                        UPDATE election.motion SET vote_on = ?, votes_for = ?, votes_against = ?, votes_abstained = ?,
                          vote_deputies_total = ?, vote_recorded_by = ?, status = ?, decision_due_at = ?
                        WHERE motion_number = ?""")
                .params(voteOn, votesFor, votesAgainst, votesAbstained, deputiesTotal, by,
                        (carried ? MotionStatus.CARRIED : MotionStatus.FAILED).name(),
                        due == null ? null : Timestamp.from(due), number)
                .update();
        int needed = MotionRules.votesNeededToCarry(deputiesTotal, ruleset.noConfidence().carriedByMoreThanShareOfAllDeputies().value());
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, Elements.RECORD_MOTION_VOTE,
                carried ? "MOTION_CARRIED" : "MOTION_FAILED",
                "%d for, %d against, %d abstained, %d absent of %d deputies; %d needed".formatted(votesFor, votesAgainst,
                        votesAbstained, vote.absentees(), deputiesTotal, needed),
                toJson(json, Map.of("for", votesFor, "against", votesAgainst, "abstained", votesAbstained,
                        "deputiesTotal", deputiesTotal, "needed", needed))));
        return new VoteOutcome(carried, due, escalateAt, summary(number));
    }

    /** The decision of the President or the higher akim, recorded by the secretariat: DISMISS or REFUSE. */
    public boolean recordDecision(String number, String decision, String authority, String reference, LocalDate decidedOn,
                                  String by, String processInstanceId) {
        Motion motion = byNumber(number);
        requireStatus(motion, MotionStatus.CARRIED);
        List<FieldViolation> violations = new ArrayList<>();
        if (!"DISMISS".equals(decision) && !"REFUSE".equals(decision)) {
            violations.add(new FieldViolation("decision", "choose DISMISS or REFUSE"));
        }
        line(violations, "decidedByAuthority", authority, MAX_TEXT);
        line(violations, "decisionReference", reference, MAX_TEXT);
        if (decidedOn == null) {
            violations.add(new FieldViolation("decidedOn", "enter the day of the decision"));
        } else if (decidedOn.isAfter(today()) || decidedOn.isBefore(motion.voteOn())) {
            violations.add(new FieldViolation("decidedOn", "the decision on " + decidedOn
                    + " must lie between the maslikhat's vote on " + motion.voteOn() + " and today"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean dismissed = decision.equals("DISMISS");
        jdbc.sql("""
                        UPDATE election.motion SET decision = ?, decided_by_authority = ?, decision_reference = ?,
                          decided_on = ?, decision_recorded_by = ?, status = ?
                        WHERE motion_number = ?""")
                .params(decision, authority.strip(), reference.strip(), decidedOn, by,
                        (dismissed ? MotionStatus.DISMISSED : MotionStatus.REFUSED).name(), number)
                .update();
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, Elements.RECORD_DISMISSAL_DECISION,
                dismissed ? "AKIM_DISMISSED" : "DISMISSAL_REFUSED", authority.strip() + ", " + reference.strip(),
                toJson(json, Map.of("decidedOn", decidedOn.toString()))));
        return dismissed;
    }

    /**
     * Ends the akim's term on the election's result (dismissal, resignation or death) and proposes the
     * EARLY election's day from the ruleset's calendar.
     */
    public EarlyElectionPlan endTerm(String number, String processInstanceId) {
        Motion motion = byNumber(number);
        TermEndReason reason = switch (motion.kind()) {
            case MOTION, DISMISSAL -> TermEndReason.DISMISSED;
            case RESIGNATION -> TermEndReason.RESIGNED;
            case DEATH -> TermEndReason.DIED;
        };
        boolean afterMotion = motion.kind() == CaseKind.MOTION;
        requireStatus(motion, afterMotion ? MotionStatus.DISMISSED : MotionStatus.FILED);
        // a dismissal, by a motion's decision or outside one, ends the term on the act's day, in the authority's name
        LocalDate endedOn = reason == TermEndReason.DISMISSED ? motion.decidedOn() : motion.termEndedOn();
        String reference = reason == TermEndReason.DISMISSED ? motion.decisionReference() : motion.termEndReference();
        String by = reason == TermEndReason.DISMISSED ? motion.decidedByAuthority() : motion.filedBy();
        akimTerms.end(motion.electionNumber(), reason, endedOn, termEndReference(number, reference), by);

        LocalDate today = today();
        Ruleset ruleset = rulesets.effectiveOn(today).orElseThrow();
        Election ended = elections.byNumber(motion.electionNumber());
        CalendarRules calendar = ruleset.calendar(ended.level());
        LocalDate proposed = EarlyElectionRules.proposedElectionDay(today, calendar.minDaysFromCallToElection().value());
        LocalDate callBy = EarlyElectionRules.callDeadline(endedOn, calendar.earlyCallWithinDaysOfVacancy().value());
        Instant callDueAt = callBy.atTime(LocalTime.of(18, 0)).atZone(ended.zone()).toInstant();
        if (callDueAt.isBefore(now())) {
            // a vacancy recorded late still needs its election: the commission gets a day, and the escalation now
            callDueAt = now().plus(Duration.ofDays(1));
        }
        Instant escalateAt = callDueAt.minus(Duration.ofHours(ruleset.escalation().hoursBeforeDeadline().value()));
        jdbc.sql("""
                        UPDATE election.motion SET status = ?, term_ended_on = ?, proposed_election_day = ?,
                          early_call_due_at = ? WHERE motion_number = ?""")
                .params(MotionStatus.TERM_ENDED.name(), endedOn, proposed, Timestamp.from(callDueAt), number).update();
        decisionLog.record(new DecisionEntry(DecisionEntry.SYSTEM, number, processInstanceId, Elements.END_AKIM_TERM, "TERM_ENDED_" + reason,
                reference, toJson(json, Map.of("endedOn", endedOn.toString(), "proposedElectionDay", proposed.toString()))));
        return new EarlyElectionPlan(reason, endedOn, proposed, callDueAt, escalateAt, summary(number));
    }

    /**
     * The territorial commission confirms or changes the proposed day; the EARLY election for the same
     * post is called (linked to the akim's election) and its number kept on the motion.
     */
    public String callEarlyElection(String number, LocalDate electionDay, String by, String processInstanceId) {
        Motion motion = byNumber(number);
        requireStatus(motion, MotionStatus.TERM_ENDED);
        if (electionDay == null) {
            throw new InvalidInputException("electionDay", "enter the early election's day (a Sunday)");
        }
        Election previous = elections.byNumber(motion.electionNumber());
        LocalDate today = today();
        Ruleset ruleset = rulesets.effectiveOn(today).orElseThrow();
        int withinDays = ruleset.calendar(previous.level()).earlyElectionWithinDaysAfterCall().value();
        LocalDate latest = EarlyElectionRules.latestElectionDay(today, withinDays);
        if (electionDay.isAfter(latest)) {
            throw new InvalidInputException("electionDay", "an early election is held within " + withinDays
                    + " days of its call on " + today + ", so by " + latest + "; " + electionDay + " is later");
        }
        // ElectionCalls stores the election and starts election.bpmn in this transaction: a refused call leaves neither
        String early = electionCalls.call(new AnnouncementRequest(previous.territoryOfNextCall(), previous.level(),
                previous.post(), ElectionReason.EARLY, today, electionDay, null, motion.termEndedOn(),
                previous.number(), EarlyElectionRules.precinctsCsv(previous.precincts())), by).number();
        jdbc.sql("UPDATE election.motion SET status = ?, early_election_number = ?, early_election_called_by = ? WHERE motion_number = ?")
                .params(MotionStatus.EARLY_ELECTION_CALLED.name(), early, by, number).update();
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, Elements.CONFIRM_EARLY_ELECTION_DAY,
                "EARLY_ELECTION_CALLED", early + " on " + electionDay,
                toJson(json, Map.of("earlyElectionNumber", early, "electionDay", electionDay.toString(),
                        "proposedElectionDay", String.valueOf(motion.proposedElectionDay())))));
        return early;
    }

    /**
     * Records the acting akim the higher akim appointed once the term has ended (any kind of case), until
     * the early election's winner takes office; a later appointment replaces the earlier, both in the log.
     */
    public Motion recordActingAkim(String number, String fullName, LocalDate actingFrom, String by) {
        Motion motion = byNumber(number);
        if (motion.termEndedOn() == null) {
            throw new ConflictException("The term of the akim of case " + number + " has not ended ("
                    + motion.status() + "): there is no acting akim to record");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (FormValues.text(fullName) == null) {
            violations.add(new FieldViolation("actingAkimName", "name the acting akim"));
        }
        if (actingFrom == null) {
            violations.add(new FieldViolation("actingAkimFrom", "enter the day the acting akim took over"));
        }
        actingAkimProblems(fullName, actingFrom, motion.termEndedOn()).forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        elections.requireOrganizerSeat(motion.electionNumber(), by, "The acting akim after the end of the term");
        jdbc.sql("UPDATE election.motion SET acting_akim_name = ?, acting_akim_from = ?, acting_akim_recorded_by = ? WHERE motion_number = ?")
                .params(fullName.strip(), actingFrom, by, number).update();
        decisionLog.record(new DecisionEntry(by, number, null, null, "ACTING_AKIM_RECORDED", fullName.strip(),
                toJson(json, Map.of("actingFrom", actingFrom.toString(), "electionNumber", motion.electionNumber()))));
        return byNumber(number);
    }

    /** The acting akim of the post that election filled, if one was recorded: on the latest case whose term ended. */
    @Transactional(readOnly = true)
    public Optional<ActingAkim> actingAkim(String electionNumber) {
        return jdbc.sql("""
                        SELECT motion_number, election_number, acting_akim_name, acting_akim_from, acting_akim_recorded_by
                        FROM election.motion WHERE election_number = ? AND acting_akim_name IS NOT NULL
                        ORDER BY id DESC LIMIT 1""")
                .param(electionNumber)
                .query((rs, n) -> new ActingAkim(rs.getString("motion_number"), rs.getString("election_number"),
                        rs.getString("acting_akim_name"), rs.getObject("acting_akim_from", LocalDate.class),
                        rs.getString("acting_akim_recorded_by")))
                .optional();
    }

    /** Whether that motion is about the akim of that election (a citizens' appeal names the motion it led to). */
    @Transactional(readOnly = true)
    public boolean isAbout(String motionNumber, String electionNumber) {
        return jdbc.sql("SELECT count(*) FROM election.motion WHERE motion_number = ? AND election_number = ?")
                .params(motionNumber, electionNumber).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Motion byNumber(String number) {
        return jdbc.sql("SELECT * FROM election.motion WHERE motion_number = ?").param(number)
                .query(this::motion).optional()
                .orElseThrow(() -> new NotFoundException("Motion", number));
    }

    /** One paragraph on the case for the forms: who, what, and where it stands. */
    private String summary(String number) {
        Motion m = byNumber(number);
        StringBuilder text = new StringBuilder(number + ": " + switch (m.kind()) {
            case MOTION -> "motion of no confidence in ";
            case RESIGNATION -> "resignation of ";
            case DISMISSAL -> "dismissal outside a motion of ";
            case DEATH -> "death of ";
        } + m.akimName() + ", akim elected in " + m.electionNumber() + "; " + m.maslikhatName() + ".");
        if (m.kind() == CaseKind.MOTION) {
            text.append("\nInitiated by ").append(m.signedInitiators()).append(" of ").append(m.deputiesTotal())
                    .append(" deputies (signatures recorded), filed ").append(m.filedOn()).append(". Ground: ")
                    .append(m.ground() == MotionGround.OTHER ? m.groundsText()
                            : "reports rejected on " + m.reportsRejectedOn()).append('.');
        }
        if (m.votesFor() != null) {
            text.append("\nVote of ").append(m.voteOn()).append(": ").append(m.votesFor()).append(" for, ")
                    .append(m.votesAgainst()).append(" against, ").append(m.votesAbstained()).append(" abstained of ")
                    .append(m.voteDeputiesTotal()).append(" deputies: ")
                    .append(m.status() == MotionStatus.FAILED ? "not carried." : "carried.");
        }
        if (m.decisionDueAt() != null && m.decision() == null) {
            text.append("\nDecision of the President or the higher akim due by ").append(m.decisionDueAt()).append('.');
        }
        if (m.decision() != null) {
            text.append("\nDecision ").append(m.decision()).append(" by ").append(m.decidedByAuthority()).append(", ")
                    .append(m.decisionReference()).append(" of ").append(m.decidedOn()).append('.');
        }
        if (m.kind() == CaseKind.DISMISSAL) {
            text.append("\nDismissed by ").append(m.decidedByAuthority()).append(", ").append(m.decisionReference())
                    .append(". Ground: ").append(m.groundsText()).append('.');
        }
        if (m.actingAkimName() != null) {
            text.append("\nActing akim: ").append(m.actingAkimName()).append(" from ").append(m.actingAkimFrom()).append('.');
        }
        if (m.termEndedOn() != null) {
            text.append("\nTerm ended on ").append(m.termEndedOn()).append(". Early election day proposed: ")
                    .append(m.proposedElectionDay()).append(", to be called by ").append(m.earlyCallDueAt()).append('.');
        }
        return text.toString();
    }

    /**
     * The akim certified by that election whose term has not ended ({@link AkimTerms#sitting}), with the
     * address and language of their nomination, which the mails of the case use.
     */
    private Optional<SittingAkim> akim(String electionNumber) {
        return akimTerms.sitting(electionNumber).map(term -> {
            Nomination nomination = candidates.byRegistrationNumber(term.registrationNumber()).orElse(null);
            return new SittingAkim(electionNumber, term.akimName(), nomination == null ? null : nomination.email(),
                    nomination == null ? null : nomination.language(), term.termFrom());
        });
    }

    // --- helpers

    private void checkMotionFields(List<FieldViolation> violations, MotionRequest request, LocalDate filedOn) {
        Integer total = request.deputiesTotal();
        if (total == null || total < 1) {
            violations.add(new FieldViolation("deputiesTotal", "enter the maslikhat's total number of deputies (at least 1)"));
        } else if (total > MAX_INITIATORS) {
            violations.add(new FieldViolation("deputiesTotal", "a maslikhat has far fewer than " + MAX_INITIATORS + " deputies"));
        }
        List<Initiator> initiators = request.initiators() == null ? List.of() : request.initiators();
        if (initiators.isEmpty()) {
            violations.add(new FieldViolation("initiators", "name the deputies who initiate the motion"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < initiators.size(); i++) {
            Initiator initiator = initiators.get(i);
            String field = "initiators[" + i + "]";
            if (initiator == null) {
                violations.add(new FieldViolation(field, "is empty"));
                continue;
            }
            Optional<String> problem = TextRules.problemWithName(initiator.fullName(), MAX_TEXT);
            if (problem.isPresent()) {
                violations.add(new FieldViolation(field + ".fullName", problem.get()));
            } else if (!names.add(initiator.fullName().strip().toLowerCase())) {
                violations.add(new FieldViolation(field + ".fullName", initiator.fullName().strip() + " is named twice"));
            }
            if (initiator.signedOn() != null && initiator.signedOn().isAfter(filedOn)) {
                violations.add(new FieldViolation(field + ".signedOn", "signed on " + initiator.signedOn()
                        + ", after the motion was filed on " + filedOn));
            }
        }
        if (total != null && total >= 1 && initiators.size() > total) {
            violations.add(new FieldViolation("initiators", initiators.size() + " initiators, but the maslikhat has "
                    + total + " deputies"));
        }
        if (request.ground() == null) {
            violations.add(new FieldViolation("ground", "choose REPORTS_REJECTED_TWICE or OTHER"));
        } else if (request.ground() == MotionGround.OTHER) {
            TextRules.problemWithLine(request.groundsText(), MAX_LONG_TEXT)
                    .ifPresent(p -> violations.add(new FieldViolation("groundsText", p)));
        } else if (request.reportsRejectedOn() == null || request.reportsRejectedOn().isEmpty()) {
            violations.add(new FieldViolation("reportsRejectedOn", "enter the dates the maslikhat rejected the akim's reports"));
        } else if (request.reportsRejectedOn().stream().anyMatch(d -> d == null)) {
            violations.add(new FieldViolation("reportsRejectedOn", "a date is empty"));
        }
        if (request.groundsText() != null && !request.groundsText().isBlank() && request.ground() != MotionGround.OTHER) {
            TextRules.problemWithLine(request.groundsText(), MAX_LONG_TEXT)
                    .ifPresent(p -> violations.add(new FieldViolation("groundsText", p)));
        }
    }

    private Optional<SittingAkim> sittingAkim(List<FieldViolation> violations, String electionNumber) {
        if (FormValues.text(electionNumber) == null) {
            violations.add(new FieldViolation("electionNumber", "name the election that made the akim"));
            return Optional.empty();
        }
        String number = electionNumber.strip();
        if (!registry.electionExists(number)) {
            violations.add(new FieldViolation("electionNumber", "election " + number + " does not exist"));
            return Optional.empty();
        }
        Optional<SittingAkim> akim = akim(number);
        if (akim.isEmpty()) {
            violations.add(new FieldViolation("electionNumber", "election " + number
                    + " has no sitting akim: none was certified, or the term has ended"));
        } else if (akim.get().email() == null) {
            // a ballot fixed by hand (REST) may elect someone without a nomination here: the akim could not be told
            violations.add(new FieldViolation("electionNumber", "the akim of election " + number + ", "
                    + akim.get().fullName() + ", has no nomination in this system with an address to inform them at"));
        }
        return akim;
    }

    /** akim_term keeps 100 characters: a longer document reference stays on the motion, the term names the motion. */
    static String termEndReference(String motionNumber, String reference) {
        String full = motionNumber + ": " + reference;
        return full.length() <= 100 ? full : motionNumber;
    }

    private static String actingName(CaseKind kind, MotionRequest request) {
        return kind == CaseKind.MOTION ? null : FormValues.text(request.actingAkimName());
    }

    /** An acting akim is named with the day they took over, which is neither before the term ended nor in the future. */
    private static List<FieldViolation> actingAkimProblems(String name, LocalDate from, LocalDate termEndedOn) {
        List<FieldViolation> problems = new ArrayList<>();
        if (FormValues.text(name) == null) {
            if (from != null) {
                problems.add(new FieldViolation("actingAkimName", "name the acting akim who took over on " + from));
            }
            return problems;
        }
        TextRules.problemWithName(name, MAX_TEXT).ifPresent(p -> problems.add(new FieldViolation("actingAkimName", p)));
        if (from == null) {
            problems.add(new FieldViolation("actingAkimFrom", "enter the day " + name.strip() + " took over"));
        } else if (from.isAfter(today())) {
            problems.add(new FieldViolation("actingAkimFrom", from + " is in the future"));
        } else if (termEndedOn != null && from.isBefore(termEndedOn)) {
            problems.add(new FieldViolation("actingAkimFrom", "the term ended on " + termEndedOn
                    + "; an acting akim cannot take over before, on " + from));
        }
        return problems;
    }

    private static void line(List<FieldViolation> violations, String field, String value, int maxLength) {
        TextRules.problemWithLine(value, maxLength).ifPresent(p -> violations.add(new FieldViolation(field, p)));
    }

    private static void requireStatus(Motion motion, MotionStatus expected) {
        if (motion.status() != expected) {
            throw new ConflictException("Motion " + motion.motionNumber() + " is " + motion.status() + ", not " + expected);
        }
    }

    private Motion motion(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Initiator> initiators = jdbc.sql("SELECT full_name, signed_on FROM election.motion_initiator WHERE motion_id = ? ORDER BY position")
                .param(id).query((r, n) -> new Initiator(r.getString("full_name"), r.getObject("signed_on", LocalDate.class)))
                .list();
        String ground = rs.getString("ground");
        String admissibility = rs.getString("admissibility");
        return new Motion(rs.getString("motion_number"), CaseKind.valueOf(rs.getString("kind")),
                rs.getString("election_number"), rs.getString("akim_name"), rs.getString("akim_email"),
                rs.getString("akim_language"), rs.getString("maslikhat_name"),
                (Integer) rs.getObject("deputies_total"), initiators, ground == null ? null : MotionGround.valueOf(ground),
                rs.getString("grounds_text"),
                fromJson(json, rs.getString("reports_rejected_on"), new TypeReference<List<LocalDate>>() { }),
                rs.getString("ruleset_id"), rs.getObject("filed_on", LocalDate.class), rs.getString("filed_by"),
                MotionStatus.valueOf(rs.getString("status")),
                admissibility == null ? List.of() : fromJson(json, admissibility, new TypeReference<List<MotionRules.Finding>>() { }),
                rs.getString("inadmissible_reason"), rs.getObject("vote_on", LocalDate.class),
                (Integer) rs.getObject("votes_for"), (Integer) rs.getObject("votes_against"),
                (Integer) rs.getObject("votes_abstained"), (Integer) rs.getObject("vote_deputies_total"),
                instant(rs, "decision_due_at"), rs.getString("decision"), rs.getString("decided_by_authority"),
                rs.getString("decision_reference"), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("term_ended_on", LocalDate.class), rs.getString("term_end_reference"),
                rs.getObject("proposed_election_day", LocalDate.class), instant(rs, "early_call_due_at"),
                rs.getString("early_election_number"), rs.getString("acting_akim_name"),
                rs.getObject("acting_akim_from", LocalDate.class));
    }

    /** What the admissibility check means for the process, and the case as the vote's form shows it. */
    public record Admissibility(boolean admissible, Integer deputiesTotal, String summary) {
    }

    /** What the vote means for the process: carried, and by when the decision is due (and escalated). */
    public record VoteOutcome(boolean carried, Instant decisionDueAt, Instant escalateAt, String summary) {
    }

    /** The early election to be called: proposed day, and by when the commission must call it. */
    public record EarlyElectionPlan(TermEndReason reason, LocalDate termEndedOn, LocalDate proposedElectionDay,
                                    Instant callDueAt, Instant escalateAt, String summary) {
    }
}
