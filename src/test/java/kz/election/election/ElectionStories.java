package kz.election.election;

import static kz.election.model.ElectionModel.Elements.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.SignIn;
import kz.election.candidate.Iin;
import kz.election.candidate.IinCheck;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRepository;
import kz.election.candidate.NominationRequest;
import kz.election.commission.DemoRegister;
import kz.election.conduct.ElectionCalls;
import kz.election.model.CandidateRegistrationModel;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.protocol.ProtocolFields;
import kz.election.ruleset.Level;
import kz.election.ruleset.NominationType;
import kz.election.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The steps of an election story, as staff and the calendar take them: one rural election called on
 * 1 August 2026 for Sunday 13 September (nomination closes 18 August 18:00, registration 23 August
 * 18:00, polls open 13 September 07:00, result due by 17 September, winner registered by 21 September).
 * Each story calls a fresh election in its own territory; time moves with {@link ClockUtil} and due jobs
 * run here, only those of the story's own processes.
 */
@Component
class ElectionStories {

    static final LocalDate ELECTION_DAY = LocalDate.parse("2026-09-13");
    static final String TWO_PRECINCTS = """
            number;address;voters
            1;Village school No. 3;812
            2;House of culture;430
            """;
    static final List<String> PARTY_DOCUMENTS = List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION",
            "TAX_CERTIFICATE", "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT");

    private final ElectionCalls calls;
    private final NominationRepository candidates;
    private final NominationFiling filing;
    private final ProtocolService protocols;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    ElectionStories(ElectionCalls calls, NominationRepository candidates, NominationFiling filing, ProtocolService protocols,
                    RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                    IdentityService identityService) {
        this.calls = calls;
        this.candidates = candidates;
        this.filing = filing;
        this.protocols = protocols;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    static void at(String offsetDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
    }

    /**
     * Where a story's election is held and who of its organizing commission works it: Tselinograd's TEC
     * with demo-tec unless a story says otherwise.
     */
    record Side(String territory, String staff) {
        static final Side TSELINOGRAD = new Side(DemoRegister.RURAL_DISTRICT, "demo-tec");
    }

    private final Map<String, Side> sides = new java.util.concurrent.ConcurrentHashMap<>();

    Side side(String number) {
        return sides.getOrDefault(number, Side.TSELINOGRAD);
    }

    /** Calls the story's election on 1 August 2026 through {@link ElectionCalls#call}, as REST does. */
    String call(String story) {
        return call(story, Side.TSELINOGRAD);
    }

    /** Calls the story's election in the side's territory, by the side's member of its organizing commission. */
    String call(String story, Side side) {
        at("2026-08-01T10:00:00+05:00");
        String number = calls.call(request(story, side.territory()), side.staff()).number();
        sides.put(number, side);
        bindPrecinctMembers(number);
        return number;
    }

    static AnnouncementRequest request(String story) {
        return request(story, DemoRegister.RURAL_DISTRICT);
    }

    static AnnouncementRequest request(String story, String territory) {
        return new AnnouncementRequest(territory,
                Level.RURAL, "Akim of Kosshy (Kosshy " + story + " " + UUID.randomUUID().toString().substring(0, 8) + ")", ElectionReason.REGULAR, null, ELECTION_DAY,
                LocalDate.parse("2026-10-01"), null, null, TWO_PRECINCTS);
    }

    /** One member per precinct, bound before election day so the counts are offered to them. */
    void bindPrecinctMembers(String number) {
        for (int precinct = 1; precinct <= 2; precinct++) {
            String userId = pecMember(number, precinct);
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                User user = identityService.newUser(userId);
                user.setFirstName("Precinct " + precinct);
                user.setLastName("Member");
                user.setPassword(kz.election.ElectionTest.PASSWORD);
                identityService.saveUser(user);
                identityService.createMembership(userId, Role.PEC_STAFF.groupId());
            }
            protocols.assign(userId, number, precinct, side(number).staff());
        }
    }

    static String pecMember(String number, int precinct) {
        return "pec-" + number.toLowerCase() + "-" + precinct;
    }

    ProcessInstance instance(String number) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ElectionCalls.PROCESS_ID)
                .processInstanceBusinessKey(number).singleResult();
    }

    /** Moves engine time and runs every job of the election's processes that is due by then. */
    void advanceTo(String number, String offsetDateTime) {
        at(offsetDateTime);
        runDueJobs(number);
    }

    void runDueJobs(String number) {
        for (int round = 0; round < 200; round++) {
            List<Job> due = new ArrayList<>();
            for (String id : processIds(number)) {
                due.addAll(managementService.createJobQuery().processInstanceId(id).executable().list());
            }
            if (due.isEmpty()) {
                return;
            }
            Job job = due.get(0);
            managementService.executeJob(job.getId());
        }
        throw new IllegalStateException("jobs of " + number + " keep coming");
    }

    private List<String> processIds(String number) {
        List<String> ids = new ArrayList<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ElectionCalls.PROCESS_ID)
                .processInstanceBusinessKey(number).list().forEach(p -> ids.add(p.getId()));
        runtimeService.createProcessInstanceQuery().processDefinitionKey(CandidateRegistrationModel.PROCESS)
                .variableValueEquals("electionNumber", number).list().forEach(p -> ids.add(p.getId()));
        runtimeService.createProcessInstanceQuery().processDefinitionKey(CountVariables.PROCESS_ID)
                .processInstanceBusinessKeyLike(number + "/P%").list().forEach(p -> ids.add(p.getId()));
        return ids;
    }

    /** Files a party nomination at the current engine time; returns its reference number. */
    String nominate(String number, String fullName) {
        return filing.nominate(number, nominee(fullName), side(number).staff()).referenceNumber();
    }

    static NominationRequest nominee(String fullName) {
        LocalDate born = LocalDate.of(1975, 3, 1 + Math.floorMod(fullName.hashCode(), 27));
        Map<String, LocalDate> documents = new HashMap<>();
        PARTY_DOCUMENTS.forEach(code -> documents.put(code, LocalDate.parse("2026-08-02")));
        return new NominationRequest(fullName, iinBornOn(born, fullName.hashCode()), born, "KZ", "Kosshy, 1 Abai street",
                fullName.toLowerCase().replace(' ', '.') + "@example.kz", "ru", NominationType.PARTY,
                "Party of " + fullName, documents, 0, null, true, true, true);
    }

    /** A valid IIN for the birth date (docs/RULES.md: digits 1-6 the date, 7 century and sex, 12 the check digit). */
    static String iinBornOn(LocalDate born, int seed) {
        int century = (born.getYear() / 100 - 18) * 2 + 1;
        for (int serial = Math.floorMod(seed, 9000); ; serial++) {
            String first11 = String.format("%02d%02d%02d%d%04d", born.getYear() % 100, born.getMonthValue(),
                    born.getDayOfMonth(), century, serial % 10000);
            for (int digit = 0; digit <= 9; digit++) {
                if (Iin.check(first11 + digit) instanceof IinCheck.Valid) {
                    return first11 + digit;
                }
            }
        }
    }

    /** The commission registers the nomination (its mail steps run first, as the job executor would). */
    void register(String number, String reference) {
        runDueJobs(number);
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION).singleResult();
        taskService.claim(review.getId(), side(number).staff());
        // under a ruleset that leaves a point to the commission (higher education for RURAL), its member confirms it
        taskService.complete(review.getId(), Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true, "qualificationPointsConfirmed", true));
        runDueJobs(number);
    }

    Nomination nomination(String reference) {
        return candidates.byReference(reference);
    }

    /** Two candidates nominated on 10 August and registered; time stops just before the nomination close. */
    List<String> twoRegisteredCandidates(String number) {
        advanceTo(number, "2026-08-10T10:00:00+05:00");
        List<String> references = List.of(nominate(number, "Aigerim Sadykova " + number),
                nominate(number, "Nurlan Bekov " + number));
        references.forEach(reference -> register(number, reference));
        return references.stream().map(r -> nomination(r).registrationNumber()).toList();
    }

    /** From registered candidates to the open establishment task: ballot, campaign, polls, both counts. */
    void throughElectionDay(String number, long[] precinct1, long[] precinct2) {
        advanceTo(number, "2026-08-23T18:00:00+05:00");
        superviseAll(number);
        advanceTo(number, "2026-09-13T07:00:00+05:00");
        at("2026-09-13T21:00:00+05:00");
        count(number, 1, precinct1);
        count(number, 2, precinct2);
    }

    /**
     * One precinct counted and its protocol accepted, as precinct-count.bpmn runs it: the count started
     * at the opening of polls waits for the close (its clock is moved just past it), the member reports
     * the turnout of every report time, enters the protocol, and the commission accepts it. Kept in one
     * place: when the count process changes, only this changes.
     *
     * @param votes votes of the ballot's candidates in ballot order, then against all
     */
    void count(String number, int precinct, long[] votes) {
        if (ClockUtil.getCurrentTime().toInstant().isBefore(OffsetDateTime.parse("2026-09-13T20:01:00+05:00").toInstant())) {
            at("2026-09-13T20:01:00+05:00");
        }
        runDueJobs(number);
        ProcessInstance count = runtimeService.createProcessInstanceQuery().processDefinitionKey(CountVariables.PROCESS_ID)
                .processInstanceBusinessKey(CountVariables.businessKey(number, precinct)).singleResult();
        String member = pecMember(number, precinct);
        long issued = 0;
        // in the order of the report times (each is due at its own time): ballots issued never decrease
        for (Task report : taskService.createTaskQuery().processInstanceId(count.getId())
                .taskDefinitionKey(CountVariables.REPORT_TURNOUT).orderByDueDate().asc().list()) {
            issued += 50;
            completeAs(member, Role.PEC_STAFF, report, Map.of(CountVariables.BALLOTS_ISSUED, issued));
        }
        Task entry = taskService.createTaskQuery().processInstanceId(count.getId())
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult();
        completeAs(member, Role.PEC_STAFF, entry, protocol(precinct == 1 ? 812 : 430, votes));
        Task acceptance = taskService.createTaskQuery().processInstanceId(count.getId())
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).singleResult();
        completeAs(side(number).staff(), Role.TEC_STAFF, acceptance, Map.of("comparedWithPaper", true));
        runDueJobs(number);
    }

    /** The protocol form's values: the fixed candidate lines in ballot order, totals that pass every check. */
    private static Map<String, Object> protocol(long voters, long[] votes) {
        long found = 5; // invalid ballots
        for (long v : votes) {
            found += v;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProtocolFields.VOTERS_ON_LIST, voters);
        variables.put(ProtocolFields.BALLOTS_RECEIVED, found + 10);
        variables.put(ProtocolFields.BALLOTS_ISSUED_AT_STATION, found);
        variables.put(ProtocolFields.BALLOTS_ISSUED_AT_HOME, 0L);
        variables.put(ProtocolFields.BALLOTS_CANCELLED, 10L);
        variables.put(ProtocolFields.BALLOTS_FOUND, found);
        variables.put(ProtocolFields.INVALID_BALLOTS, 5L);
        variables.put(ProtocolFields.AGAINST_ALL, votes[votes.length - 1]);
        for (int line = 1; line < votes.length; line++) {
            variables.put(CountVariables.candidateVotes(line), votes[line - 1]);
        }
        return variables;
    }

    void completeAs(String userId, Role role, Task task, Map<String, Object> variables) {
        SignIn.as(identityService, userId, role.groupId());
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    Task task(String number, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
    }

    /** A member of the commission claims the election's task and completes it with the form's values. */
    void complete(String number, String taskKey, String userId, Map<String, Object> variables) {
        Task task = task(number, taskKey);
        if (task == null) {
            throw new IllegalStateException("no task " + taskKey + " in " + number);
        }
        taskService.setAssignee(task.getId(), userId);
        taskService.complete(task.getId(), variables);
    }

    /** Supervisors note what they did about every escalated deadline of the election. */
    int superviseAll(String number) {
        runDueJobs(number);
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(SUPERVISE_DEADLINE).list();
        for (Task task : open) {
            taskService.setAssignee(task.getId(), "demo-supervisors");
            taskService.complete(task.getId(), Map.of("supervisionNote", "Called the commission's secretary"));
        }
        return open.size();
    }
}
