package kz.election.precinct;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.commission.Importer;
import kz.election.commission.Position;
import kz.election.commission.RegisterImports;
import kz.election.commission.Registers;
import kz.election.election.ElectionService;
import kz.election.common.ConflictException;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.platform.EngineUsers;
import kz.election.protocol.ProtocolFields;
import kz.election.protocol.ProtocolFigures;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The precinct count's tasks as integrations work them over REST: a protocol posted by a precinct
 * member completes the same Tasklist task a person would, so the control checks, the loop back and the
 * acceptance run exactly as on the diagram. The caller is the engine's authenticated user.
 */
@Service
@Transactional
public class CountTasks {

    // the candidate group of the precinct tasks in precinct-count.bpmn
    private static final String PEC_STAFF = "pec-staff";

    private final TaskService taskService;
    private final ProtocolService protocols;
    private final BallotService ballots;
    private final PrecinctKeys keys;
    private final EngineUsers users;
    private final ObjectMapper json;
    private final TurnoutService turnout;
    private final ElectionService elections;
    private final Registers registers;
    private final RegisterImports seats;

    CountTasks(TaskService taskService, ProtocolService protocols, BallotService ballots, PrecinctKeys keys,
               EngineUsers users, ObjectMapper json, TurnoutService turnout, ElectionService elections,
               Registers registers, RegisterImports seats) {
        this.elections = elections;
        this.registers = registers;
        this.seats = seats;
        this.turnout = turnout;
        this.taskService = taskService;
        this.protocols = protocols;
        this.ballots = ballots;
        this.keys = keys;
        this.users = users;
        this.json = json;
    }

    /**
     * Enters the protocol into the precinct's open entry task and returns it as stored: SUBMITTED when
     * it passed the control checks, REJECTED with every failure when it did not (the task is open again).
     *
     * @param idempotencyKey the caller's key; the same key returns the protocol stored the first time
     * @throws AuthorizationException when the caller is not bound to the precinct
     * @throws ConflictException      when the protocol is accepted already or waits for acceptance
     */
    public StoredProtocol submit(String electionNumber, int precinctNumber, ProtocolFigures figures,
                                 String idempotencyKey) {
        String caller = caller();
        String key = "rest/" + CountVariables.businessKey(electionNumber, precinctNumber) + "/"
                + (idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID() : idempotencyKey.strip());
        // Two members posting at the same moment queue on the precinct's row: the second then finds the
        // entry task gone (409) or its own retry's stored protocol, never a half-completed task.
        keys.lockPrecinct(electionNumber, precinctNumber);
        var earlier = protocols.byIdempotencyKey(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        protocols.requireMember(caller, electionNumber, precinctNumber, "enter its protocol");
        List<BallotEntry> ballot = ballots.ballot(electionNumber);
        VariableMap variables = Variables.createVariables();
        variables.put(ProtocolFields.VOTERS_ON_LIST, figures.votersOnList());
        variables.put(ProtocolFields.BALLOTS_RECEIVED, figures.ballotsReceived());
        variables.put(ProtocolFields.BALLOTS_ISSUED_AT_STATION, figures.ballotsIssuedAtStation());
        variables.put(ProtocolFields.BALLOTS_ISSUED_AT_HOME, figures.ballotsIssuedAtHome());
        variables.put(ProtocolFields.BALLOTS_CANCELLED, figures.ballotsCancelled());
        variables.put(ProtocolFields.BALLOTS_FOUND, figures.ballotsFound());
        variables.put(ProtocolFields.INVALID_BALLOTS, figures.invalidBallots());
        variables.put(ProtocolFields.AGAINST_ALL, figures.againstAll());
        Map<String, Long> votes = inBallotOrder(ballot, figures.candidateVotes());
        // the lines as sent decide the checks (a line off the ballot is named); the form's lines show them
        variables.putValueTyped(CountVariables.SUBMITTED_CANDIDATE_VOTES,
                Variables.stringValue(toJson(votes), true));
        for (int i = 1; i <= ballot.size(); i++) {
            variables.put(CountVariables.candidateVotes(i),
                    votes == null ? null : votes.get(ballot.get(i - 1).registrationNumber()));
        }
        variables.putValueTyped(CountVariables.IDEMPOTENCY_KEY, Variables.stringValue(key, true));
        // the member's precinct is checked above (the grant the engine would check says the same), so the
        // task is found and completed in one command without the engine's grant queries: election night
        // (what is not there is answered outside the engine's command, which would log it as an error)
        boolean entered = users.callWithoutAuthorization(() -> {
            Task task = openTask(electionNumber, precinctNumber, CountVariables.ENTER_PROTOCOL);
            if (task == null) {
                return false;
            }
            taskService.complete(task.getId(), variables);
            return true;
        });
        if (!entered) {
            throw nothingToEnter(electionNumber, precinctNumber);
        }
        return protocols.byIdempotencyKey(key).orElseThrow();
    }

    /**
     * Reports the ballots issued so far at one report time: completes the precinct's open turnout task of
     * that hour, exactly as the Tasklist form does.
     *
     * @throws AuthorizationException when the caller is not bound to the precinct
     * @throws InvalidInputException  naming the field (hour, ballotsIssued)
     * @throws ConflictException      when the report time has not come, is reported already, or the
     *                                precinct's count is not running
     */
    public TurnoutService.Report reportTurnout(String electionNumber, int precinctNumber, String hour, Long ballotsIssued) {
        String caller = caller();
        keys.precinct(electionNumber, precinctNumber);
        protocols.requireMember(caller, electionNumber, precinctNumber, "report its turnout");
        TurnoutRules.Slot slot = turnout.validate(electionNumber, precinctNumber, hour, ballotsIssued);
        String at = slot.hour();
        // each report time's task is due at its own moment (report time + grace): one query finds it, where
        // reading the hour variable of every open report task would cost a round trip each (election day).
        // The member's precinct is checked above, as for the protocol.
        boolean reported = users.callWithoutAuthorization(() -> {
            List<Task> due = taskService.createTaskQuery()
                    .processInstanceBusinessKey(CountVariables.businessKey(electionNumber, precinctNumber))
                    .taskDefinitionKey(CountVariables.REPORT_TURNOUT)
                    .dueDate(Date.from(slot.dueAt().toInstant())).list();
            Task task = due.stream()
                    .filter(open -> due.size() == 1
                            || at.equals(taskService.getVariable(open.getId(), CountVariables.TURNOUT_REPORT_HOUR)))
                    .findFirst().orElse(null);
            if (task == null) {
                return false;
            }
            taskService.complete(task.getId(),
                    Variables.createVariables().putValue(CountVariables.BALLOTS_ISSUED, ballotsIssued));
            return true;
        });
        if (!reported) {
            throw turnout.noOpenReport(electionNumber, precinctNumber, at);
        }
        return turnout.report(electionNumber, precinctNumber, slot);
    }

    /**
     * The territorial commission accepts the protocol that passed the checks.
     *
     * @throws ConflictException when no protocol of the precinct waits for acceptance
     */
    public StoredProtocol accept(String electionNumber, int precinctNumber) {
        // two staff accepting at once queue here: the second then finds no task (409) instead of failing
        // inside the engine on a process instance the first has just ended
        keys.lockPrecinct(electionNumber, precinctNumber);
        // tec-staff alone reach this door (SecurityConfiguration), the group the task names: one command,
        // without the engine's grant queries
        // the protocol accepted is the one the database holds as waiting (RecordAcceptance reads the same)
        Long protocolId = users.callWithoutAuthorization(() -> {
            Task task = openTask(electionNumber, precinctNumber, CountVariables.ACCEPT_PROTOCOL);
            StoredProtocol waiting = protocols.waitingForAcceptance(electionNumber, precinctNumber).orElse(null);
            if (task == null || waiting == null) {
                return null;
            }
            taskService.complete(task.getId());
            return waiting.id();
        });
        if (protocolId == null) {
            throw new ConflictException("No protocol of precinct " + precinctNumber + " of election "
                    + electionNumber + " waits for acceptance");
        }
        return protocols.byId(protocolId);
    }

    /**
     * Binds a member to a precinct, also for an entry task that is already open (election night
     * staffing changes).
     */
    public void assign(String userId, String electionNumber, int precinctNumber) {
        Set<String> groups = users.groupsOf(userId).orElseThrow(() -> new InvalidInputException("userId",
                "no user '" + userId + "' exists; create the member in Admin first"));
        if (!groups.contains(PEC_STAFF)) {
            throw new InvalidInputException("userId", "user '" + userId + "' is not in the group " + PEC_STAFF
                    + ", so could not work the precinct's tasks");
        }
        String caller = caller();
        protocols.assign(userId, electionNumber, precinctNumber, caller);
        // the binding is a seat on the precinct's commission when the register holds it (its TEC, the
        // organizer, appoints); the seat is what the register and the commission above read
        String organizer = elections.byNumber(electionNumber).organizerCode();
        if (organizer != null) {
            registers.precinctCommission(organizer, precinctNumber)
                    .filter(pec -> !registers.isMember(userId, pec.code()))
                    .ifPresent(pec -> seats.seat(pec.code(), userId, Position.MEMBER, new Importer(caller, false), user -> true));
        }
        String businessKey = CountVariables.businessKey(electionNumber, precinctNumber);
        // the territorial commission binds members, but holds no grant on precinct tasks itself
        users.withoutAuthorization(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).list()
                .forEach(task -> taskService.addCandidateUser(task.getId(), userId)));
    }

    private Task openTask(String electionNumber, int precinctNumber, String taskKey) {
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(CountVariables.businessKey(electionNumber, precinctNumber))
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private RuntimeException nothingToEnter(String electionNumber, int precinctNumber) {
        List<StoredProtocol> history = protocols.history(electionNumber, precinctNumber);
        if (history.stream().anyMatch(p -> p.status() == ProtocolStatus.SUBMITTED)) {
            return new ConflictException("The protocol of precinct " + precinctNumber
                    + " passed the control checks and waits for the territorial commission's acceptance");
        }
        if (history.stream().anyMatch(p -> p.status() == ProtocolStatus.ACCEPTED)) {
            return new ConflictException("The protocol of precinct " + precinctNumber + " of election "
                    + electionNumber + " is accepted and can no longer change; only a recount adds a new version");
        }
        return new NotFoundException("Open protocol entry of precinct", electionNumber + "/" + precinctNumber);
    }

    /** Ballot order first, then any line for someone not on the ballot, for the checks to name. */
    private static Map<String, Long> inBallotOrder(List<BallotEntry> ballot, Map<String, Long> votes) {
        if (votes == null) {
            return null;
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (BallotEntry entry : ballot) {
            if (votes.containsKey(entry.registrationNumber())) {
                ordered.put(entry.registrationNumber(), votes.get(entry.registrationNumber()));
            }
        }
        votes.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private String toJson(Map<String, Long> votes) {
        try {
            return json.writeValueAsString(votes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String caller() {
        return users.require("a protocol step over REST");
    }
}
