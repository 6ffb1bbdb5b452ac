package kz.election.conduct;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.election.AnnouncementRequest;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.election.ElectionStatus;
import kz.election.election.ElectionTimingRules;
import kz.election.election.PrecinctCsv;
import kz.election.election.PrecinctRow;
import kz.election.election.ResultVersion;
import kz.election.model.ElectionModel;
import kz.election.ruleset.Ruleset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an election is called (PROCESS-CONTRACTS.md "Starting an election"): the election is
 * stored and its process started in one transaction, so a refused call leaves neither behind. Used by
 * {@code POST /api/elections}, the Tasklist start form, the election process itself (repeat voting,
 * repeat election) and the complaint and no-confidence processes.
 */
@Service
@Transactional
public class ElectionCalls {

    public static final String PROCESS_ID = ElectionModel.PROCESS;
    /** Starts election.bpmn for an election already stored (REST, repeat voting, repeat election). */
    public static final String CALLED_MESSAGE = ElectionModel.Messages.ELECTION_CALLED;
    public static final String ELECTION_NUMBER = ElectionModel.Variables.ELECTION_NUMBER;
    /** True for a repeat voting of tied candidates: the ballot is given, there is no nomination. */
    public static final String REPEAT_VOTING = ElectionModel.Variables.REPEAT_VOTING;

    private final ElectionService elections;
    private final BallotService ballots;
    private final RuntimeService runtimeService;
    private final ElectionResults results;

    public ElectionCalls(ElectionService elections, BallotService ballots, RuntimeService runtimeService,
                         ElectionResults results) {
        this.elections = elections;
        this.ballots = ballots;
        this.runtimeService = runtimeService;
        this.results = results;
    }

    /** Stores the election and starts its process under the election number. */
    public Election call(AnnouncementRequest request, String calledBy) {
        Election election = elections.announce(request, calledBy);
        start(election.number(), false);
        return election;
    }

    /**
     * The Tasklist start form's half of {@link #call}: the process instance exists already (Tasklist
     * started it), so only the election is stored; the caller makes its number the business key.
     */
    public Election callFromStartForm(AnnouncementRequest request, String calledBy) {
        return elections.announce(request, calledBy);
    }

    /**
     * The repeat voting of a tie the database holds as published, however the process reached the step
     * that asks: the tied candidates are the published result's, not anything a task completion sent.
     */
    public Election callRepeatVotingOfPublishedTie(String number, LocalDate votingDay, String calledBy) {
        ResultVersion current = results.current(number).orElseThrow(() -> new ConflictException(
                "Refused: election " + number + " has no result; a repeat voting follows only a published tie"));
        if (!current.published() || !"REPEAT_VOTING".equals(current.route())) {
            throw new ConflictException("Refused: result version " + current.version() + " of " + number + " is "
                    + (current.published() ? current.outcome() : "not published")
                    + "; a repeat voting follows only a published tie");
        }
        return callRepeatVoting(number, votingDay, current.tied(), calledBy);
    }

    /**
     * Calls a repeat voting of the candidates tied at the top of {@code previousNumber}: a REPEAT
     * election on the same territory and precincts whose ballot is those candidates, in their ballot
     * order; it has no nomination. The voting day follows the ordinary calling rules (docs/RULES.md names
     * none for a repeat voting).
     */
    public Election callRepeatVoting(String previousNumber, LocalDate votingDay, List<String> tiedRegistrationNumbers,
                                     String calledBy) {
        Election previous = elections.byNumber(previousNumber);
        List<BallotEntry> ballot = tiedBallot(previousNumber, tiedRegistrationNumbers);
        Election election;
        try {
            election = elections.announce(repeatOf(previous, votingDay), calledBy);
        } catch (InvalidInputException e) {
            // the staff member typed the voting day: name their field, not the announcement's
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> v.field().equals("electionDay") ? new FieldViolation("repeatVotingDay", v.message()) : v)
                    .toList());
        }
        elections.linkRepeatVoting(election.number(), previousNumber);
        ballots.fix(election.number(), ballot);
        start(election.number(), true);
        return elections.byNumber(election.number());
    }

    /**
     * Calls the REPEAT election that follows a failed, invalid, uncontested or annulled election, on
     * the same territory and precincts, on the earliest Sunday the calling rules allow.
     */
    public Election callRepeatElection(String previousNumber, String calledBy) {
        Election previous = elections.byNumber(previousNumber);
        // only an election that ended without an akim is repeated, whichever step asks
        if (!Set.of(ElectionStatus.INVALID, ElectionStatus.NO_CONTEST, ElectionStatus.ANNULLED).contains(previous.status())) {
            throw new kz.election.common.ConflictException("Refused: election " + previousNumber + " is "
                    + previous.status() + "; a repeat election follows only an invalid, uncontested or annulled one");
        }
        Ruleset rules = elections.ruleset(previousNumber);
        LocalDate today = ElectionTime.today();
        LocalDate day = ElectionTimingRules.earliestElectionDay(today,
                rules.calendar(previous.level()).minDaysFromCallToElection().value());
        return call(repeatOf(previous, day), calledBy);
    }

    private void start(String number, boolean repeatVoting) {
        runtimeService.createMessageCorrelation(CALLED_MESSAGE)
                .processInstanceBusinessKey(number)
                .setVariables(Map.of(ELECTION_NUMBER, number, REPEAT_VOTING, repeatVoting))
                .correlateStartMessage();
    }

    private List<BallotEntry> tiedBallot(String previousNumber, List<String> tied) {
        Set<String> wanted = new HashSet<>(tied == null ? List.of() : tied);
        List<BallotEntry> previousBallot = ballots.ballot(previousNumber);
        List<BallotEntry> entries = previousBallot.stream().filter(e -> wanted.contains(e.registrationNumber())).toList();
        List<FieldViolation> violations = new ArrayList<>();
        if (wanted.size() < 2) {
            violations.add(new FieldViolation("tiedRegistrationNumbers", "a repeat voting needs at least two tied candidates"));
        }
        if (entries.size() != wanted.size()) {
            Set<String> unknown = new HashSet<>(wanted);
            entries.forEach(e -> unknown.remove(e.registrationNumber()));
            violations.add(new FieldViolation("tiedRegistrationNumbers", "not on the ballot of " + previousNumber
                    + ": " + unknown.stream().sorted().toList()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return entries;
    }

    private static AnnouncementRequest repeatOf(Election previous, LocalDate electionDay) {
        return new AnnouncementRequest(previous.territoryOfNextCall(), previous.level(), previous.post(), ElectionReason.REPEAT,
                null, electionDay, null, null, previous.number(), csv(previous.precincts()));
    }

    /** The previous election's precincts in the upload format {@link PrecinctCsv} reads. */
    public static String csv(List<PrecinctRow> precincts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get()
                .print(out)) {
            printer.printRecord("number", "address", "voters");
            for (PrecinctRow row : precincts) {
                printer.printRecord(row.number(), row.address(), row.voters());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
