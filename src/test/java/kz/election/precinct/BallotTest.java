package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.ballot.BallotCandidate;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.commission.DemoRegister;
import kz.election.common.ConflictException;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.ruleset.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ElectionTest
class BallotTest {

    @Autowired
    BallotService ballots;
    @Autowired
    ElectionService elections;
    @Autowired
    TestRestTemplate rest;

    @Test
    void isFixedOnceInTheOrderGivenAndReadForTheTally() {
        String number = announce("Ballot rural district");
        List<BallotEntry> entries = List.of(new BallotEntry("R-7", "Dana Omarova", "self-nominated"),
                new BallotEntry("R-3", "Arman Zhunusov", "Amanat party"));

        assertThat(ballots.fix(number, entries)).isEqualTo(entries);

        assertThat(ballots.ballot(number)).isEqualTo(entries);
        assertThat(ballots.forTally(number).candidates()).containsExactly(
                new BallotCandidate("R-7", "Dana Omarova", 1), new BallotCandidate("R-3", "Arman Zhunusov", 2));
        assertThatThrownBy(() -> ballots.fix(number, entries)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already fixed");
    }

    @Test
    void namesEveryBadLineAndFixesNothing() {
        String number = announce("Bad ballot rural district");

        assertThatThrownBy(() -> ballots.fix(number, List.of(new BallotEntry("R-1", "Dana Omarova", " "),
                new BallotEntry("R-1", null, "Amanat party"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("candidates[0].nominatedBy", "candidates[1].registrationNumber",
                                "candidates[1].candidateName"));
        assertThat(ballots.ballot(number)).isEmpty();
        assertThatThrownBy(() -> ballots.forTally(number)).isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesABallotLongerThanTheProtocolFormsCandidateLines() {
        String number = announce("Long ballot rural district");
        List<BallotEntry> sixteen = java.util.stream.IntStream.rangeClosed(1, CountVariables.MAX_CANDIDATE_LINES + 1)
                .mapToObj(i -> new BallotEntry("R-" + i, "Candidate " + i, "self-nominated")).toList();

        assertThatThrownBy(() -> ballots.fix(number, sixteen))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("candidates"))
                .hasMessageContaining("15 candidate lines");
        assertThat(ballots.ballot(number)).isEmpty();
        assertThat(ballots.fix(number, sixteen.subList(0, CountVariables.MAX_CANDIDATE_LINES)))
                .hasSize(CountVariables.MAX_CANDIDATE_LINES);
    }

    @Test
    void onlyTheTerritorialCommissionFixesTheBallotOverRest() {
        String number = announce("REST ballot rural district");
        Map<String, Object> body = Map.of("candidates",
                List.of(Map.of("registrationNumber", "R-1", "candidateName", "Dana Omarova", "nominatedBy", "self-nominated")));

        ResponseEntity<Map> byPrecinct = rest.withBasicAuth("demo-pec", ElectionTest.PASSWORD)
                .postForEntity("/api/elections/" + number + "/ballot", body, Map.class);
        ResponseEntity<List> fixed = rest.withBasicAuth("demo-tec", ElectionTest.PASSWORD)
                .postForEntity("/api/elections/" + number + "/ballot", body, List.class);
        ResponseEntity<Map> again = rest.withBasicAuth("demo-tec", ElectionTest.PASSWORD)
                .postForEntity("/api/elections/" + number + "/ballot", body, Map.class);

        assertThat(byPrecinct.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(fixed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // any member of the organizing commission reads it (a precinct's members read their own election's)
        assertThat(rest.withBasicAuth("demo-complaints", ElectionTest.PASSWORD)
                .getForObject("/api/elections/" + number + "/ballot", List.class)).hasSize(1);
    }

    private String announce(String territory) {
        return elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT,
                Level.RURAL, "Akim (" + territory + " " + UUID.randomUUID().toString().substring(0, 8) + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, "1;School;500\n"),
                "demo-tec").number();
    }
}
