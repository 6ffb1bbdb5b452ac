package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.ballot.BallotCandidate;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.commission.DemoRegister;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.protocol.ProtocolFigures;
import kz.election.ruleset.Level;
import kz.election.tally.Outcome;
import kz.election.tally.Tabulation;
import kz.election.tally.Tally;
import kz.election.tally.OutcomeRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A candidate who withdraws (or is deregistered) after the ballot was fixed stays on it: the ballot the
 * tabulation reads marks them struck off, their votes count, and the next candidate wins.
 */
@ElectionTest
class StruckOffCandidateTest {

    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBallotMarksACandidateWithdrawnAfterItWasFixedAndTheNextOneWins() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String number = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL, "Akim of Struck-off (Struck-off rural district " + unique + ")",
                ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, """
                number;address;voters
                1;School No. 3;812
                """), "demo-tec").number();
        String first = number + "-C01";
        String second = number + "-C02";
        String handFixed = number + "-C03";
        nomination(number, first, "REGISTERED");
        nomination(number, second, "REGISTERED");
        ballots.fix(number, List.of(new BallotEntry(first, "Aigerim Sadykova", "Amanat party"),
                new BallotEntry(second, "Nurlan Bekov", "self-nominated"),
                new BallotEntry(handFixed, "Dana Omarova", "self-nominated")));
        assertThat(ballots.forTally(number).candidates()).noneMatch(BallotCandidate::struckOff);

        // the leader withdraws after the ballot was printed
        jdbc.sql("UPDATE election.nomination SET status = 'WITHDRAWN' WHERE registration_number = ?").param(first).update();

        assertThat(ballots.forTally(number).candidates())
                .extracting(BallotCandidate::registrationNumber, BallotCandidate::struckOff)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, true),
                        org.assertj.core.groups.Tuple.tuple(second, false),
                        // a line fixed by hand, without a nomination, stands
                        org.assertj.core.groups.Tuple.tuple(handFixed, false));
        Tabulation tabulation = Tally.tabulate(ballots.forTally(number), List.of(new kz.election.tally.AcceptedProtocol(
                "1", 1, new ProtocolFigures(812L, 700L, 500L, 20L, 180L, 515L, 5L,
                        java.util.Map.of(first, 300L, second, 150L, handFixed, 0L), 60L))), Set.of(), 1,
                OutcomeRules.defaults());
        assertThat(tabulation.candidates().get(0).votes()).isEqualTo(300L);
        assertThat(tabulation.outcome()).isInstanceOfSatisfying(Outcome.Elected.class,
                elected -> assertThat(elected.candidate().registrationNumber()).isEqualTo(second));
    }

    /** A nomination row as the candidate process leaves it, only what the ballot reads is of interest here. */
    private void nomination(String electionNumber, String registrationNumber, String status) {
        jdbc.sql("""
                        INSERT INTO election.nomination (reference_number, election_id, full_name, iin, address, email, language,
                            nomination_type, declarations, filed_at, filed_by, status, registration_number)
                        SELECT ?, id, 'Candidate ' || ?, ?, 'Kosshy, 1 Abai street', 'c@example.kz', 'ru',
                            'SELF', '{}'::jsonb, ?, 'demo-tec', ?, ?
                        FROM election.election WHERE election_number = ?""")
                .params(registrationNumber.replace("-C", "-N"), registrationNumber,
                        // one person stands once per election: each row its own IIN
                        "8005153000" + registrationNumber.substring(registrationNumber.length() - 2),
                        Timestamp.from(Instant.now()),
                        status, registrationNumber, electionNumber)
                .update();
    }
}
