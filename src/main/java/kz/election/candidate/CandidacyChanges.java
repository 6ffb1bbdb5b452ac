package kz.election.candidate;

import static kz.election.common.StoredRows.toJson;
import static kz.election.model.CandidateRegistrationModel.Elements.RECORD_DEREGISTRATION;
import static kz.election.model.CandidateRegistrationModel.Elements.RECORD_WITHDRAWAL;
import static kz.election.model.CandidateRegistrationModel.Elements.REINSTATE_CANDIDATE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotRestoration;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.election.ElectionService;
import kz.election.election.ElectoralCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may still happen to a candidacy after filing: the candidate withdraws, a complaint's decision
 * deregisters them, or one reinstates a refused or deregistered nominee. Each change is kept on the
 * nomination row and in the {@link DecisionLog}. It joins the caller's transaction.
 */
@Service
@Transactional
public class CandidacyChanges {

    private final NominationRepository nominations;
    private final NominationChecks checks;
    private final ElectionService elections;
    private final DecisionLog decisionLog;
    private final BallotRestoration ballotRestoration;
    private final ObjectMapper json;

    public CandidacyChanges(NominationRepository nominations, NominationChecks checks, ElectionService elections,
                            DecisionLog decisionLog, BallotRestoration ballotRestoration, ObjectMapper json) {
        this.nominations = nominations;
        this.checks = checks;
        this.elections = elections;
        this.decisionLog = decisionLog;
        this.ballotRestoration = ballotRestoration;
        this.json = json;
    }

    /**
     * The candidate's written withdrawal, accepted to the end of the ruleset's last day of withdrawal (until
     * campaigning ends under rulesets without one). Every door of a withdrawal (the message candidateWithdrawal,
     * correlated by the engine's API or its REST) runs through here.
     */
    public Nomination withdraw(String reference, String reason, String by, String processInstanceId) {
        Nomination nomination = nominations.byReference(reference);
        if (!NominationStatus.ACTIVE.contains(nomination.status())) {
            throw new ConflictException("nomination " + reference + " is " + nomination.status() + ", not active");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("withdrawalReason", "state the candidate's reason as written");
        }
        OffsetDateTime deadline = elections.calendar(nomination.electionNumber()).withdrawalCloses();
        if (!ElectionTime.now().isBefore(deadline.toInstant())) {
            throw new ConflictException("withdrawal was possible until " + deadline
                    + " (the last day of withdrawal of the election's ruleset)");
        }
        nominations.withdraw(reference, by, ElectionTime.now(), reason.strip());
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, RECORD_WITHDRAWAL, "WITHDRAWN",
                reason.strip(), "{}"));
        return nominations.byReference(reference);
    }

    /** Cancels a registration on a ground of the ruleset's deregistration list (a complaint or court decision). */
    public Nomination deregister(String reference, String groundCode, String reason, String by, String processInstanceId) {
        Nomination nomination = nominations.byReference(reference);
        nomination.requireStatus(NominationStatus.REGISTERED);
        List<RefusalGround> allowed = RulesetEligibility.deregistrationGrounds(checks.ruleset(nomination));
        List<FieldViolation> violations = new RefusalDecision(groundCode == null ? List.of() : List.of(groundCode),
                reason).validate(allowed).stream()
                .map(v -> v.field().equals("groundCodes") ? new FieldViolation("deregistrationGround", v.message())
                        : new FieldViolation("deregistrationReason", v.message()))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        nominations.deregister(reference, by, ElectionTime.now(), groundCode, reason.strip());
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, RECORD_DEREGISTRATION, "DEREGISTERED",
                reason.strip(), toJson(json, Map.of("ground", groundCode))));
        return nominations.byReference(reference);
    }

    /**
     * Registers a refused or deregistered nominee again, as an upheld complaint or a court ruling orders
     * (message candidateReinstatement). A deregistered candidate keeps the registration number and
     * place they had; a refused one gets the next number. The earlier decision stays in the decision log.
     * When the ballot is already fixed the candidate goes back on it in registration order. Once the
     * polls have opened that is impossible (the ballots are cast without them): see {@link #reinstatementBlocked}.
     */
    public Reinstatement reinstate(String reference, String complaintNumber, String by, String processInstanceId) {
        Nomination nomination = nominations.byReference(reference);
        if (nomination.status() != NominationStatus.REFUSED && nomination.status() != NominationStatus.DEREGISTERED) {
            throw new ConflictException("nomination " + reference + " is " + nomination.status()
                    + "; only a refused or deregistered nominee can be reinstated");
        }
        reinstatementBlocked(nomination.electionNumber()).ifPresent(why -> {
            throw new ConflictException(why);
        });
        nominations.restoreRegistration(nomination, by, ElectionTime.now());
        Nomination restored = nominations.byReference(reference);
        boolean backOnBallot = ballotRestoration.restore(restored.electionNumber(), new BallotEntry(
                restored.registrationNumber(), restored.fullName(), restored.nominatedBy()));
        decisionLog.record(new DecisionEntry(by, reference, processInstanceId, REINSTATE_CANDIDATE, "REINSTATED",
                "complaint " + complaintNumber, toJson(json, Map.of("complaintNumber", complaintNumber,
                        "previousStatus", nomination.status().name(), "addedToFixedBallot", backOnBallot))));
        return new Reinstatement(nominations.byReference(reference),
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
    public Optional<String> reinstatementBlocked(String electionNumber) {
        return reinstatementBlocked(electionNumber,
                elections.calendar(electionNumber).at(ElectoralCalendar.POLLS_OPEN), ElectionTime.now());
    }

    static Optional<String> reinstatementBlocked(String electionNumber, OffsetDateTime pollsOpen, Instant now) {
        if (now.isBefore(pollsOpen.toInstant())) {
            return Optional.empty();
        }
        return Optional.of("voting in election " + electionNumber + " began at " + pollsOpen
                + ": a candidate cannot be put back on ballots already cast; if the refusal or deregistration"
                + " was unlawful the remedy is ANNUL_ELECTION (a repeat election follows)");
    }

    /** The ruleset's deregistration grounds of the nomination's election. */
    @Transactional(readOnly = true)
    public List<RefusalGround> deregistrationGrounds(String reference) {
        return RulesetEligibility.deregistrationGrounds(checks.ruleset(nominations.byReference(reference)));
    }
}
