package kz.election.precinct;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.commission.DemoRegister;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.election.ElectoralCalendar;
import kz.election.protocol.ProtocolFields;
import kz.election.protocol.ProtocolFigures;
import kz.election.ruleset.Level;
import kz.election.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * An election with two precincts and a fixed ballot of two candidates, and precinct members bound to
 * precinct 1 and 2. Each call makes a new election in its own territory: the test database is shared.
 */
@Component
public class CountFixtures {

    static final String PASSWORD = kz.election.ElectionTest.PASSWORD;

    private final ElectionService elections;
    private final BallotService ballots;
    private final ProtocolService protocols;
    private final IdentityService identityService;

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    CountFixtures(ElectionService elections, BallotService ballots, ProtocolService protocols,
                  IdentityService identityService, RuntimeService runtimeService, ManagementService managementService) {
        this.elections = elections;
        this.ballots = ballots;
        this.protocols = protocols;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** The fixtures' election day: 13 September 2026, polls 07:00-20:00 local time (UTC+5). */
    public static final OffsetDateTime POLLS_OPEN = OffsetDateTime.parse("2026-09-13T07:00+05:00");
    public static final OffsetDateTime POLLS_CLOSE = OffsetDateTime.parse("2026-09-13T20:00+05:00");

    /**
     * Starts a precinct's count as the election does when the polls open (precinct-count.bpmn waits for
     * the turnout report times and the close of polls).
     */
    public ProcessInstance startCount(String electionNumber, int precinctNumber) {
        return runtimeService.startProcessInstanceByKey(CountVariables.PROCESS_ID,
                CountVariables.businessKey(electionNumber, precinctNumber),
                Map.of(CountVariables.ELECTION_NUMBER, electionNumber, CountVariables.PRECINCT_NUMBER, precinctNumber));
    }

    /**
     * One call from the opening of polls to the open protocol entry task: starts the count, moves the
     * engine clock just past the close of polls of the election's stored calendar, fires the timers
     * due by then (the turnout report tasks open and stay open; the count begins) and puts the clock
     * back. The entry's escalation timer is not due yet.
     */
    public ProcessInstance countAtProtocolEntry(String electionNumber, int precinctNumber) {
        ProcessInstance instance = startCount(electionNumber, precinctNumber);
        Date before = ClockUtil.getCurrentTime();
        boolean realClock = Math.abs(before.getTime() - System.currentTimeMillis()) < 1000;
        ClockUtil.setCurrentTime(Date.from(elections.calendar(electionNumber).at(ElectoralCalendar.POLLS_CLOSE)
                .plusMinutes(1).toInstant()));
        try {
            executeDueJobs(instance.getId());
        } finally {
            if (realClock) {
                ClockUtil.reset();
            } else {
                ClockUtil.setCurrentTime(before);
            }
        }
        return instance;
    }

    /** Executes the instance's jobs due at the engine's current time, and those they make due, as the job executor would. */
    public void executeDueJobs(String processInstanceId) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs of " + processInstanceId + " keep coming due");
    }

    public record Count(String electionNumber, String memberOfPrecinct1, String memberOfPrecinct2) {
    }

    public Count electionWithBallotAndMembers(String territory) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String number = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL, "Akim of " + territory + " (" + territory + " " + unique + ")",
                ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, """
                number;address;voters
                1;School No. 3;812
                2;House of culture;430
                """), "demo-tec").number();
        ballots.fix(number, List.of(new BallotEntry("C-1", "Aigerim Sadykova", "Amanat party"),
                new BallotEntry("C-2", "Nurlan Bekov", "self-nominated")));
        String first = member("pec-one-" + unique);
        String second = member("pec-two-" + unique);
        protocols.assign(first, number, 1, "demo-tec");
        protocols.assign(second, number, 2, "demo-tec");
        return new Count(number, first, second);
    }

    private String member(String userId) {
        User user = identityService.newUser(userId);
        user.setFirstName("Precinct");
        user.setLastName("Member");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, Role.PEC_STAFF.groupId());
        return userId;
    }

    /** A protocol of precinct 1 that passes every control check. */
    public static ProtocolFigures passing() {
        return figures(812L, 700L, 500L, 20L, 180L, 515L, 5L, 300L, 150L, 60L);
    }

    static ProtocolFigures figures(Long voters, Long received, Long station, Long home, Long cancelled, Long found,
                                   Long invalid, Long first, Long second, Long againstAll) {
        Map<String, Long> votes = new LinkedHashMap<>();
        votes.put("C-1", first);
        votes.put("C-2", second);
        return new ProtocolFigures(voters, received, station, home, cancelled, found, invalid, votes, againstAll);
    }

    /** The variables the Tasklist form sends for these figures. */
    static Map<String, Object> formVariables(ProtocolFigures f) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProtocolFields.VOTERS_ON_LIST, f.votersOnList());
        variables.put(ProtocolFields.BALLOTS_RECEIVED, f.ballotsReceived());
        variables.put(ProtocolFields.BALLOTS_ISSUED_AT_STATION, f.ballotsIssuedAtStation());
        variables.put(ProtocolFields.BALLOTS_ISSUED_AT_HOME, f.ballotsIssuedAtHome());
        variables.put(ProtocolFields.BALLOTS_CANCELLED, f.ballotsCancelled());
        variables.put(ProtocolFields.BALLOTS_FOUND, f.ballotsFound());
        variables.put(ProtocolFields.INVALID_BALLOTS, f.invalidBallots());
        variables.put(ProtocolFields.AGAINST_ALL, f.againstAll());
        // the form's fixed lines: line 1 is C-1, line 2 is C-2, in ballot order
        variables.put(CountVariables.candidateVotes(1), f.candidateVotes().get("C-1"));
        variables.put(CountVariables.candidateVotes(2), f.candidateVotes().get("C-2"));
        return variables;
    }
}
