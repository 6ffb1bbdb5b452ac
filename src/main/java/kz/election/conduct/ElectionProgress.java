package kz.election.conduct;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationChecks;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRepository;
import kz.election.candidate.NominationRequest;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.TextRules;
import kz.election.election.CalendarEntry;
import kz.election.election.CandidateShortfallRules;
import kz.election.election.Election;
import kz.election.election.ElectionChildren;
import kz.election.election.ElectionService;
import kz.election.election.ElectionStatus;
import kz.election.election.ElectionTimingRules;
import kz.election.election.ElectoralCalendar;
import kz.election.election.ResultVersion;
import kz.election.model.ElectionModel;
import kz.election.ruleset.CalendarRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps election.bpmn takes between the call and the result, one method each, so its delegates
 * stay thin: counting nominees and candidates, extending nomination, the higher akim's nominees, the
 * ballot, statuses, and ending an election early. Joins the caller's transaction.
 */
@Service
@Transactional
public class ElectionProgress {

    public record NominationCount(long standing, CandidateShortfallRules.AtNominationClose route) {
    }

    public record RegistrationCount(long registered, CandidateShortfallRules.AtRegistrationClose route) {
    }

    private final ElectionService elections;
    private final NominationRepository candidates;
    private final NominationFiling filing;
    private final BallotService ballots;
    private final ElectionChildren children;
    private final DecisionLog decisionLog;

    public ElectionProgress(ElectionService elections, NominationRepository candidates, NominationFiling filing,
                            BallotService ballots,
                            ElectionChildren children, DecisionLog decisionLog) {
        this.elections = elections;
        this.candidates = candidates;
        this.filing = filing;
        this.ballots = ballots;
        this.children = children;
        this.decisionLog = decisionLog;
    }

    public void moveTo(String number, String status) {
        elections.moveTo(number, ElectionStatus.valueOf(status));
    }

    /** Nominees still standing at the close (refused, e.g. late, and withdrawn ones do not count). */
    public NominationCount countNominees(String number) {
        Election election = elections.byNumber(number);
        CalendarRules rules = elections.ruleset(number).calendar(election.level());
        boolean extended = election.calendar().stream()
                .anyMatch(d -> d.key().equals(NominationChecks.NOMINATION_EXTENDED_UNTIL));
        long standing = candidates.countStanding(number);
        return new NominationCount(standing, CandidateShortfallRules.atNominationClose(standing,
                rules.minNomineesToCloseNomination().value(), extended));
    }

    /** Extends nomination by the ruleset's days from its regular close; the nomination check reads the new close. */
    public OffsetDateTime extendNomination(String number) {
        Election election = elections.byNumber(number);
        CalendarRules rules = elections.ruleset(number).calendar(election.level());
        OffsetDateTime until = ElectionTimingRules.extendedNominationClose(
                elections.calendar(number).at(ElectoralCalendar.NOMINATION_CLOSES), rules.nominationExtensionDays().value());
        elections.setDeadline(number, new CalendarEntry(NominationChecks.NOMINATION_EXTENDED_UNTIL,
                "Nomination closes (extended: fewer than " + rules.minNomineesToCloseNomination().value() + " nominees)",
                until, rules.nominationExtensionDays().citation(), rules.nominationExtensionDays().certainty()));
        elections.moveTo(number, ElectionStatus.NOMINATION_EXTENDED);
        decisionLog.record(new DecisionEntry(DecisionEntry.SYSTEM, number, null, ElectionModel.Elements.EXTEND_NOMINATION,
                "NOMINATION_EXTENDED", "fewer than " + rules.minNomineesToCloseNomination().value()
                + " nominees at the close", "{\"until\":\"" + until + "\"}"));
        return until;
    }

    /**
     * Files the higher akim's nominees as nominations of the election, checked like every other. The
     * nomination window is closed at this moment (calendar entry nominationExtendedUntil), so they are
     * in time and anything filed afterwards is late. All or nothing: one refused nominee files none.
     *
     * @param nominees   1 to 2 (the ruleset's bounds); a problem is named as {@code nominee1.iin} etc.
     * @param higherAkim who nominated them (name and post of the higher akim)
     */
    public List<Nomination> nominateByHigherAkim(String number, List<NominationRequest> nominees, String higherAkim,
                                                 String by, String processInstanceId) {
        Election election = elections.byNumber(number);
        CalendarRules rules = elections.ruleset(number).calendar(election.level());
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.problemWithName(higherAkim, 200).ifPresent(p -> violations.add(new FieldViolation("higherAkim", p)));
        CandidateShortfallRules.higherAkimNominees(nominees.size(), rules.higherAkimNomineesMin().value(),
                        rules.higherAkimNomineesMax().value(), rules.higherAkimNomineesMax().citation())
                .forEach(v -> violations.add(new FieldViolation(v.field(), v.message() + " (" + v.citation() + ")")));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // closes at the end of the minute the nominees are filed: their filing (a few milliseconds later) is in time
        OffsetDateTime closes = ElectionTime.now().atZone(elections.byNumber(number).zone()).toOffsetDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusMinutes(1);
        elections.setDeadline(number, new CalendarEntry(NominationChecks.NOMINATION_EXTENDED_UNTIL,
                "Nomination closes (the higher akim's nominees filed)", closes,
                rules.higherAkimNomineesMax().citation(), rules.higherAkimNomineesMax().certainty()));
        List<Nomination> filed = new ArrayList<>();
        for (int i = 0; i < nominees.size(); i++) {
            String prefix = "nominee" + (i + 1) + ".";
            try {
                filed.add(filing.nominate(number, nominees.get(i), by));
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> violations.add(new FieldViolation(prefix + v.field(), v.message())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ElectionModel.Elements.NOMINATE_BY_HIGHER_AKIM,
                "HIGHER_AKIM_NOMINATED", higherAkim.strip(),
                "{\"nominations\":" + filed.stream().map(n -> "\"" + n.referenceNumber() + "\"").toList() + "}"));
        elections.moveTo(number, ElectionStatus.REGISTRATION);
        return filed;
    }

    public RegistrationCount countRegistered(String number) {
        long registered = candidates.countRegistered(number);
        Election election = elections.byNumber(number);
        return new RegistrationCount(registered, CandidateShortfallRules.atRegistrationClose(registered,
                elections.ruleset(election).calendar(election.level()).minRegisteredToVote()));
    }

    /**
     * Fixes the ballot from the registrations, as the election does when registration closes: every
     * candidate registered and still standing, in registration order (docs/RULES.md "Ballot and count").
     * The registrations are read and the ballot fixed in one transaction.
     */
    public List<BallotEntry> fixBallot(String number) {
        return ballots.fix(number, candidates.registeredInOrder(number).stream()
                .map(candidate -> new BallotEntry(candidate.registrationNumber(), candidate.fullName(),
                        candidate.nominatedBy()))
                .toList());
    }

    /** The election ends CANCELLED; every child process ends with the reason. */
    public void cancel(String number, String reason, String by, String processInstanceId) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        elections.end(number, ElectionStatus.CANCELLED, why);
        int ended = children.endAll(number, "Election " + number + " cancelled: " + why);
        decisionLog.record(new DecisionEntry(by == null ? DecisionEntry.SYSTEM : by, number, processInstanceId,
                ElectionModel.Elements.CANCEL_ELECTION, "ELECTION_CANCELLED", why, "{\"childProcessesEnded\":" + ended + "}"));
    }

    /**
     * The election ends ANNULLED (complaint remedy or court); every child process ends with the reason.
     * The decision log names the officer who decided the complaint and the complaint itself.
     */
    public void annul(String number, String complaintNumber, String reason, String decidedBy, String processInstanceId) {
        String why = (reason == null || reason.isBlank() ? "annulled" : reason.strip())
                + (complaintNumber == null ? "" : " (" + complaintNumber + ")");
        elections.end(number, ElectionStatus.ANNULLED, why);
        int ended = children.endAll(number, "Election " + number + " annulled: " + why);
        decisionLog.record(new DecisionEntry(decidedBy, number, processInstanceId, ElectionModel.Elements.ANNUL_ELECTION,
                "ELECTION_ANNULLED", why, "{\"complaintNumber\":\"" + complaintNumber + "\",\"childProcessesEnded\":"
                + ended + "}"));
    }

    /**
     * Ends the election as INVALID or NO_CONTEST, as the database shows it, whichever way the process came
     * here: INVALID needs a published result that elects nobody, NO_CONTEST a registration close that has
     * passed with no candidate registered and no result. Anything else is refused.
     */
    public void endFailed(String number, java.util.Optional<ResultVersion> current) {
        if (current.isPresent()) {
            ResultVersion result = current.get();
            if (!result.published() || !ResultVersion.INVALID.equals(result.route())) {
                throw new ConflictException("Refused: election " + number + " has result version " + result.version()
                        + (result.published() ? ", route " + result.route() : ", not published")
                        + "; only a published result that elects nobody ends it as INVALID");
            }
            endForRepeat(number, "INVALID", "the published result elects nobody (" + result.route() + ")");
            return;
        }
        boolean registrationClosed = !ElectionTime.now()
                .isBefore(elections.calendar(number).at(ElectoralCalendar.REGISTRATION_CLOSES).toInstant());
        if (!registrationClosed || candidates.countRegistered(number) > 0) {
            throw new ConflictException("Refused: election " + number + (registrationClosed
                    ? " has registered candidates and no result" : " is still before its registration close")
                    + "; it is neither uncontested nor invalid");
        }
        endForRepeat(number, "NO_CONTEST", "no candidate registered at the registration close");
    }

    /** Ends the election with a status that calls a REPEAT election (INVALID, NO_CONTEST). */
    public void endForRepeat(String number, String status, String reason) {
        elections.end(number, ElectionStatus.valueOf(status), reason);
    }

    /** A supervisor's note on an escalated deadline, kept with who and when. */
    public void recordSupervision(String number, String deadlineKey, String note, String by, String processInstanceId) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("supervisionNote", "write what was done about the deadline");
        }
        decisionLog.record(new DecisionEntry(by, number, processInstanceId, ElectionModel.Elements.SUPERVISE_DEADLINE, "DEADLINE_SUPERVISED",
                note.strip(), "{\"deadline\":\"" + deadlineKey + "\"}"));
    }
}
