package kz.election.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.SignIn;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRequest;
import kz.election.commission.DemoRegister;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.precinct.CountFixtures;
import kz.election.precinct.CountTasks;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.model.CandidateRegistrationModel;
import kz.election.ruleset.Level;
import kz.election.ruleset.NominationType;
import kz.election.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The Kosshy election the complaint stories share: called 1 August 2026 for Sunday 13 September, two
 * precincts. Each call announces a fresh election (the test database is shared). Helpers register a
 * candidate through candidate-registration.bpmn and count a precinct through precinct-count.bpmn, as the
 * commissions would, so a remedy acts on real processes.
 */
@Component
class ComplaintFixtures {

    static final LocalDate ELECTION_DAY = LocalDate.parse("2026-09-13");

    private final ElectionService elections;
    private final NominationFiling candidates;
    private final BallotService ballots;
    private final ProtocolService protocols;
    private final CountTasks countTasks;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final CountFixtures countFixtures;

    ComplaintFixtures(ElectionService elections, NominationFiling candidates, BallotService ballots,
                      ProtocolService protocols, CountTasks countTasks, RuntimeService runtimeService,
                      TaskService taskService, ManagementService managementService, IdentityService identityService,
                      CountFixtures countFixtures) {
        this.elections = elections;
        this.candidates = candidates;
        this.ballots = ballots;
        this.protocols = protocols;
        this.countTasks = countTasks;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.countFixtures = countFixtures;
    }

    /** A new election; engine time is set to 10 August 2026, 10:00 (UTC+5), inside its nomination window. */
    String election(String story) {
        ClockUtil.reset();
        String number = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT,
                Level.RURAL, "Akim of Kosshy (Kosshy complaints " + story + " " + UUID.randomUUID() + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"), ELECTION_DAY,
                LocalDate.parse("2026-10-01"), null, null, """
                        number;address;voters
                        1;Village school No. 3;812
                        2;House of culture;430
                        """), "demo-tec").number();
        at("2026-08-10T10:00:00+05:00");
        return number;
    }

    /** A party nominee registered by the commission; returns the nomination reference. */
    String registeredCandidate(String election, String name, String email, String language) {
        Map<String, LocalDate> documents = new HashMap<>();
        for (String code : List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION", "TAX_CERTIFICATE",
                "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT")) {
            documents.put(code, LocalDate.parse("2026-08-10"));
        }
        LocalDate born = LocalDate.of(1980, 5, 15);
        Nomination nomination = candidates.nominate(election, new NominationRequest(name, iin(born, name.length()), born,
                "KZ", "Kosshy, 1 Abai street", email, language, NominationType.PARTY, "Party of " + name, documents, 0,
                null, true, true, true), "demo-tec");
        String reference = nomination.referenceNumber();
        runJobs(reference); // the receipt mail
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(CandidateRegistrationModel.Elements.REVIEW_NOMINATION).singleResult();
        taskService.claim(review.getId(), "demo-tec");
        taskService.complete(review.getId(), Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true));
        runJobs(reference); // the registration mail
        return reference;
    }

    /** Fixes a two-line ballot and counts precinct 1 through precinct-count.bpmn (polls closed) up to its acceptance. */
    void countPrecinctOne(String election) {
        ballots.fix(election, List.of(new BallotEntry("C-1", "Aigerim Sadykova", "Amanat party"),
                new BallotEntry("C-2", "Nurlan Bekov", "self-nominated")));
        String member = "pec-complaints-" + UUID.randomUUID().toString().substring(0, 8);
        var user = identityService.newUser(member);
        user.setFirstName("Precinct");
        user.setLastName("Member");
        user.setPassword(kz.election.ElectionTest.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(member, Role.PEC_STAFF.groupId());
        protocols.assign(member, election, 1, "demo-tec");
        countFixtures.countAtProtocolEntry(election, 1);
        as(member, Role.PEC_STAFF, () -> countTasks.submit(election, 1, CountFixtures.passing(), null));
        as("demo-tec", Role.TEC_STAFF, () -> countTasks.accept(election, 1));
    }

    void as(String user, Role role, Runnable work) {
        SignIn.as(identityService, user, role.groupId());
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Executes every job of the business key's processes that is due now (the job executor is off in tests). */
    void runJobs(String businessKey) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                    .stream().flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId())
                            .executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs of " + businessKey + " keep coming");
    }

    static void at(String offsetDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
    }

    /** A valid IIN of the birth date (docs/RULES.md check digit); the serial keeps people of one election apart. */
    static String iin(LocalDate birthDate, int serial) {
        for (int s = serial; ; s++) {
            String first11 = String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                    birthDate.getDayOfMonth(), 3, s % 10_000);
            int check = checkDigit(first11);
            if (check != 10) {
                return first11 + check;
            }
        }
    }

    private static int checkDigit(String first11) {
        int[][] weights = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}};
        for (int[] w : weights) {
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (first11.charAt(i) - '0') * w[i];
            }
            if (sum % 11 != 10) {
                return sum % 11;
            }
        }
        return 10;
    }
}
