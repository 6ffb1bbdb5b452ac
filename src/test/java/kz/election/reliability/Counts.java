package kz.election.reliability;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.commission.DemoRegister;
import kz.election.common.ElectionTime;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.precinct.CountFixtures;
import kz.election.precinct.ProtocolService;
import kz.election.ruleset.Level;
import kz.election.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fresh election (the test database is shared) with a fixed ballot of two candidates, one precinct
 * member bound to each precinct and the count of every precinct started, as election night begins.
 */
@Component
public class Counts {

    private final ElectionService elections;
    private final BallotService ballots;
    private final ProtocolService protocols;
    private final IdentityService identityService;
    private final CountFixtures countFixtures;
    private final JdbcClient jdbc;

    Counts(ElectionService elections, BallotService ballots, ProtocolService protocols,
           IdentityService identityService, CountFixtures countFixtures, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.elections = elections;
        this.ballots = ballots;
        this.protocols = protocols;
        this.identityService = identityService;
        this.countFixtures = countFixtures;
    }

    /** {@code members.get(p - 1)} is the member of precinct p. */
    public record Election(String number, List<String> members) {

        public String member(int precinct) {
            return members.get(precinct - 1);
        }

        public int precincts() {
            return members.size();
        }
    }

    public Election open(String story, int precincts) {
        return open(story, precincts, DemoRegister.RURAL_DISTRICT, "demo-tec");
    }

    /** An election in {@code territory}, called by {@code announcer} (a member of its organizing commission). */
    public Election open(String story, int precincts, String territory, String announcer) {
        return open(story, precincts, territory, announcer, member -> { });
    }

    /** As above; {@code beforeTheCount} gets each precinct's member before that precinct's count opens. */
    public Election open(String story, int precincts, String territory, String announcer,
                         java.util.function.Consumer<String> beforeTheCount) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("number;address;voters\n");
        for (int p = 1; p <= precincts; p++) {
            csv.append(p).append(";School No. ").append(p).append(";812\n");
        }
        String number = elections.announce(new AnnouncementRequest(territory, Level.RURAL,
                "Akim of " + story + " (" + story + " " + unique + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, csv.toString()),
                announcer).number();
        ballots.fix(number, List.of(new BallotEntry("C-1", "Aigerim Sadykova", "Amanat party"),
                new BallotEntry("C-2", "Nurlan Bekov", "self-nominated")));
        List<String> members = new ArrayList<>();
        for (int p = 1; p <= precincts; p++) {
            String member = user("pec-" + p + "-" + unique, Role.PEC_STAFF);
            protocols.assign(member, number, p, announcer);
            members.add(member);
            beforeTheCount.accept(member);
            // the count waits for the close of polls before its protocol can be entered
            countFixtures.countAtProtocolEntry(number, p);
        }
        return new Election(number, members);
    }

    /** The code of an oblast commission with nothing below it, outside the sample register's oblast. */
    public static final String NEXT_OBLAST_COMMISSION = "OEC-150000000";

    /** Puts Aktobe oblast and its commission in the register (once): its members see none of Akmola. */
    public String nextOblast() {
        jdbc.sql("""
                        INSERT INTO election.territory (code, parent_code, level, name_kk, name_ru)
                        VALUES ('150000000', NULL, 'OBLAST', 'Ақтөбе облысы', 'Актюбинская область') ON CONFLICT DO NOTHING""")
                .update();
        jdbc.sql("""
                        INSERT INTO election.commission (code, level, parent_code, territory_code, name_kk, name_ru, mailbox, language)
                        VALUES (?, 'OBLAST', 'CEC', '150000000', 'Ақтөбе облыстық сайлау комиссиясы',
                                'Актюбинская областная избирательная комиссия', 'aktobe@election.example.kz', 'kk')
                        ON CONFLICT DO NOTHING""")
                .param(NEXT_OBLAST_COMMISSION).update();
        return NEXT_OBLAST_COMMISSION;
    }

    /** A new user of the role with the test password, seated on the commission as a member. */
    public String member(String userId, Role role, String commissionCode) {
        user(userId, role);
        jdbc.sql("""
                        INSERT INTO election.commission_member (commission_code, user_id, position, added_by, added_at)
                        VALUES (?, ?, 'MEMBER', 'test', ?)""")
                .params(commissionCode, userId, Timestamp.from(ElectionTime.now())).update();
        return userId;
    }

    /** A new user of the role with the test password. */
    public String user(String userId, Role role) {
        User user = identityService.newUser(userId);
        user.setFirstName("Test");
        user.setLastName(role.groupName());
        user.setPassword(ElectionTest.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, role.groupId());
        return userId;
    }

    /** A protocol that passes every control check (812 voters on the list), as JSON. */
    public static Map<String, Object> passingProtocol() {
        return Map.of("votersOnList", 812, "ballotsReceived", 700, "ballotsIssuedAtStation", 500,
                "ballotsIssuedAtHome", 20, "ballotsCancelled", 180, "ballotsFound", 515, "invalidBallots", 5,
                "candidateVotes", Map.of("C-1", 300, "C-2", 150), "againstAll", 60);
    }
}
