package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Precinct protocols over REST, each test on an election of its own: the database is shared. */
@ElectionTest
@ExtendWith(OutputCaptureExtension.class)
class ProtocolRestTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProtocolService protocols;
    @Autowired
    CountFixtures fixtures;

    @Test
    void aProtocolThatFailsItsChecksGets422ProblemJsonNamingEveryFieldAndNothingIsAccepted() {
        CountFixtures.Count count = countStarted("REST failing rural district");
        Map<String, Object> body = protocol();
        body.put("ballotsFound", 600);

        ResponseEntity<Map> response = post(count.memberOfPrecinct1(), count, 1, body, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("title", "Protocol fails its control checks");
        assertThat(errors(response)).extracting(error -> error.get("field")).containsExactly(
                "ballotsFound", "ballotsIssuedAtStation", "ballotsIssuedAtHome",
                "invalidBallots", "candidateVotes[C-1]", "candidateVotes[C-2]", "againstAll", "ballotsFound");
        assertThat((List<Map<String, Object>>) response.getBody().get("failures")).extracting(f -> f.get("check"))
                .containsExactly("FOUND_NOT_MORE_THAN_ISSUED", "INVALID_PLUS_VOTES_EQUALS_FOUND");

        assertThat(protocols.acceptedProtocols(count.electionNumber())).isEmpty();
        assertThat(protocols.history(count.electionNumber(), 1)).extracting(StoredProtocol::status)
                .containsExactly(ProtocolStatus.REJECTED);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey(count, 1))
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).count()).isOne();
    }

    @Test
    void aPassingProtocolIsAcceptedByTheTerritorialCommissionAndASecondSubmissionGets409(CapturedOutput output) {
        CountFixtures.Count count = countStarted("REST accepted rural district");

        ResponseEntity<Map> submitted = post(count.memberOfPrecinct1(), count, 1, protocol(), null);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(submitted.getBody()).containsEntry("status", "SUBMITTED")
                .containsEntry("submittedBy", count.memberOfPrecinct1());
        assertThat(submitted.getHeaders().getLocation()).hasToString("/api/precincts/" + count.electionNumber()
                + "/1/protocols/" + submitted.getBody().get("id"));

        ResponseEntity<Map> waiting = post(count.memberOfPrecinct1(), count, 1, protocol(), null);
        assertThat(waiting.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) waiting.getBody().get("detail")).contains("waits for the territorial commission");

        ResponseEntity<Map> byPrecinctStaff = accept("demo-pec", count, 1);
        assertThat(byPrecinctStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> accepted = accept("demo-tec", count, 1);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody()).containsEntry("status", "ACCEPTED").containsEntry("acceptedBy", "demo-tec");

        ResponseEntity<Map> again = post(count.memberOfPrecinct1(), count, 1, protocol(), null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) again.getBody().get("detail")).contains("is accepted and can no longer change");
        assertThat(accept("demo-tec", count, 1).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // a conflict is the caller's answer, not an error of the application: the log stays clean of it
        assertThat(output.getAll().lines()
                .filter(line -> line.contains("ERROR") && line.contains(count.electionNumber()))).isEmpty();

        ResponseEntity<List> history = as("demo-supervisors").getForEntity(
                "/api/precincts/" + count.electionNumber() + "/1/protocols", List.class);
        assertThat((List<Map<String, Object>>) history.getBody()).extracting(p -> p.get("status"))
                .containsExactly("ACCEPTED");
    }

    @Test
    void onlyTheMembersOfThePrecinctMayPostItsProtocol() {
        CountFixtures.Count count = countStarted("REST forbidden rural district");

        assertThat(post(count.memberOfPrecinct2(), count, 1, protocol(), null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("demo-pec", count, 1, protocol(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> byTerritorialStaff = post("demo-tec", count, 1, protocol(), null);
        assertThat(byTerritorialStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byTerritorialStaff.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(protocols.history(count.electionNumber(), 1)).isEmpty();
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyStoresTheProtocolOnce() {
        CountFixtures.Count count = countStarted("REST retried rural district");

        ResponseEntity<Map> first = post(count.memberOfPrecinct1(), count, 1, protocol(), "night-1");
        ResponseEntity<Map> retried = post(count.memberOfPrecinct1(), count, 1, protocol(), "night-1");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(protocols.history(count.electionNumber(), 1)).hasSize(1);
    }

    @Test
    void namesAFigureThatIsNotANumber() {
        CountFixtures.Count count = countStarted("REST malformed rural district");
        Map<String, Object> body = protocol();
        body.put("ballotsCancelled", "many");

        ResponseEntity<Map> response = post(count.memberOfPrecinct1(), count, 1, body, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).extracting(error -> error.get("field")).containsExactly("ballotsCancelled");
        assertThat(protocols.history(count.electionNumber(), 1)).isEmpty();
    }

    @Test
    void aMemberBoundWhileTheCountIsOpenMayEnterTheProtocol() {
        CountFixtures.Count count = countStarted("REST late member rural district");
        String late = "pec-late-" + count.electionNumber();
        User user = identityService.newUser(late);
        user.setPassword(ElectionTest.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(late, Role.PEC_STAFF.groupId());

        assertThat(as("demo-pec").postForEntity(staffPath(count, 2), Map.of("userId", late), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("demo-tec").postForEntity(staffPath(count, 2), Map.of("userId", late), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> submitted = post(late, count, 2, protocolOfPrecinct2(), null);
        assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void turnoutIsReportedOverRestWithEveryBadNumberNamedAndLateOrMissingReportsShowToSupervisors() {
        CountFixtures.Count count = countStarted("REST turnout rural district");
        String member = count.memberOfPrecinct1();

        // the election day is past: every report time has come and gone, so a report now is late
        ResponseEntity<Map> first = turnout(member, count, 1, Map.of("hour", "10:00", "ballotsIssued", 120));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody()).containsEntry("hour", "10:00").containsEntry("status", "LATE")
                .containsEntry("ballotsIssued", 120);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey(count, 1))
                .taskDefinitionKey(CountVariables.REPORT_TURNOUT).count()).isEqualTo(5);

        ResponseEntity<Map> again = turnout(member, count, 1, Map.of("hour", "10:00", "ballotsIssued", 130));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) again.getBody().get("detail")).contains("reported its 10:00 turnout already");
        assertThat(errorFields(turnout(member, count, 1, Map.of("hour", "12:00", "ballotsIssued", 100))))
                .containsExactly("ballotsIssued");
        assertThat(errorFields(turnout(member, count, 1, Map.of("hour", "12:00", "ballotsIssued", 900))))
                .containsExactly("ballotsIssued");
        assertThat(errorFields(turnout(member, count, 1, Map.of("hour", "09:00", "ballotsIssued", -1))))
                .containsExactly("hour", "ballotsIssued");
        ResponseEntity<Map> blank = turnout(member, count, 1, Map.of("hour", "12:00"));
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(errorFields(blank)).containsExactly("ballotsIssued");
        assertThat(turnout(count.memberOfPrecinct2(), count, 1, Map.of("hour", "12:00", "ballotsIssued", 200))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(turnout("demo-tec", count, 1, Map.of("hour", "12:00", "ballotsIssued", 200))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> overview = as("demo-supervisors").getForEntity(
                "/api/elections/" + count.electionNumber() + "/turnout", Map.class);
        assertThat(overview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(overview.getBody()).containsEntry("late", 1).containsEntry("missing", 2 * 6 - 1);
        List<Map<String, Object>> precincts = (List<Map<String, Object>>) overview.getBody().get("precincts");
        assertThat((List<Map<String, Object>>) precincts.get(0).get("reports"))
                .extracting(r -> r.get("hour"), r -> r.get("status"))
                .startsWith(org.assertj.core.groups.Tuple.tuple("10:00", "LATE"),
                        org.assertj.core.groups.Tuple.tuple("12:00", "MISSING"));
    }

    private ResponseEntity<Map> turnout(String user, CountFixtures.Count count, int precinct, Map<String, Object> body) {
        return as(user).postForEntity("/api/precincts/" + count.electionNumber() + "/" + precinct + "/turnout", body,
                Map.class);
    }

    private static List<String> errorFields(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return errors(response).stream().map(error -> error.get("field")).toList();
    }

    private CountFixtures.Count countStarted(String territory) {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers(territory);
        for (int precinct : List.of(1, 2)) {
            fixtures.countAtProtocolEntry(count.electionNumber(), precinct);
        }
        return count;
    }

    private static String businessKey(CountFixtures.Count count, int precinct) {
        return CountVariables.businessKey(count.electionNumber(), precinct);
    }

    /** The passing protocol of precinct 1 (812 voters) as JSON. */
    private static Map<String, Object> protocol() {
        Map<String, Object> body = new HashMap<>();
        body.put("votersOnList", 812);
        body.put("ballotsReceived", 700);
        body.put("ballotsIssuedAtStation", 500);
        body.put("ballotsIssuedAtHome", 20);
        body.put("ballotsCancelled", 180);
        body.put("ballotsFound", 515);
        body.put("invalidBallots", 5);
        body.put("candidateVotes", Map.of("C-1", 300, "C-2", 150));
        body.put("againstAll", 60);
        return body;
    }

    private static Map<String, Object> protocolOfPrecinct2() {
        Map<String, Object> body = protocol();
        body.put("votersOnList", 430);
        body.put("ballotsReceived", 430);
        body.put("ballotsIssuedAtStation", 300);
        body.put("ballotsIssuedAtHome", 0);
        body.put("ballotsCancelled", 130);
        body.put("ballotsFound", 300);
        body.put("invalidBallots", 0);
        body.put("candidateVotes", Map.of("C-1", 100, "C-2", 150));
        body.put("againstAll", 50);
        return body;
    }

    private ResponseEntity<Map> post(String user, CountFixtures.Count count, int precinct, Map<String, Object> body,
                                     String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return as(user).exchange("/api/precincts/" + count.electionNumber() + "/" + precinct + "/protocol",
                HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private ResponseEntity<Map> accept(String user, CountFixtures.Count count, int precinct) {
        return as(user).postForEntity("/api/precincts/" + count.electionNumber() + "/" + precinct
                + "/protocol/acceptance", null, Map.class);
    }

    private static String staffPath(CountFixtures.Count count, int precinct) {
        return "/api/precincts/" + count.electionNumber() + "/" + precinct + "/staff";
    }

    private static List<Map<String, String>> errors(ResponseEntity<Map> response) {
        return (List<Map<String, String>>) response.getBody().get("errors");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD);
    }
}
