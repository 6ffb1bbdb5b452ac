package kz.election.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.common.InvalidInputException;
import kz.election.conduct.ElectionCalls;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calling an election starts its process in the same transaction (POST /api/elections and
 * {@link ElectionCalls}); a refused call starts nothing; the commission cancels over REST.
 */
@ElectionTest
class ElectionCallsTest {

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtimeService;
    @Autowired ElectionCalls calls;
    @Autowired ElectionService elections;
    @Autowired JdbcClient jdbc;
    @Autowired RepositoryService repositoryService;
    @Autowired FormService formService;

    @Test
    void announcingOverRestStartsTheElectionProcessUnderTheElectionNumber() {
        ResponseEntity<Map> created = as("demo-tec").postForEntity("/api/elections", announcement("REST call"), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("number");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("election")
                .processInstanceBusinessKey(number).singleResult();
        assertThat(instance).isNotNull();
        assertThat(runtimeService.getVariable(instance.getId(), "electionNumber")).isEqualTo(number);
        assertThat(runtimeService.getVariable(instance.getId(), "repeatVoting")).isEqualTo(false);
        assertThat(runtimeService.getActiveActivityIds(instance.getId())).contains("nominationOpens");

        ResponseEntity<List> results = as("demo-supervisors").getForEntity("/api/elections/" + number + "/results", List.class);
        assertThat(results.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(results.getBody()).isEmpty();
    }

    @Test
    void aPrecinctListWithABadLineIsRefusedNamingTheLineAndNothingStarts() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("election").count();
        Map<String, Object> body = announcement("bad CSV");
        body.put("precinctsCsv", "number;address;voters\n1;School No. 1;812\n2;House of culture;many\n");

        ResponseEntity<Map> refused = as("demo-tec").postForEntity("/api/elections", body, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, String>> errors = (List<Map<String, String>>) refused.getBody().get("errors");
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo("precinctsCsv");
            assertThat(error.get("message")).contains("line 3").contains("voters");
        });
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("election").count()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM election.election WHERE post = ?")
                .param(body.get("post")).query(Long.class).single()).isZero();
    }

    @Test
    void theCommissionCancelsOverRestAndOtherRolesCannot() {
        String number = (String) as("demo-tec").postForEntity("/api/elections", announcement("REST cancel"), Map.class)
                .getBody().get("number");

        assertThat(as("demo-pec").postForEntity("/api/elections/" + number + "/cancellation",
                Map.of("reason", "no"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> blank = as("demo-tec").postForEntity("/api/elections/" + number + "/cancellation",
                Map.of("reason", ""), Map.class);
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) blank.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("reason");

        ResponseEntity<Map> cancelled = as("demo-tec").postForEntity("/api/elections/" + number + "/cancellation",
                Map.of("reason", "Decision No. 12 of the territorial commission"), Map.class);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody().get("status")).isEqualTo("CANCELLED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();

        assertThat(as("demo-tec").postForEntity("/api/elections/" + number + "/cancellation",
                Map.of("reason", "again"), Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("demo-tec").postForEntity("/api/elections/2026-RUR-9999/cancellation",
                Map.of("reason", "none"), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRepeatVotingNeedsTwoTiedCandidatesOfThePreviousBallot() {
        String number = (String) as("demo-tec").postForEntity("/api/elections", announcement("repeat voting refused"),
                Map.class).getBody().get("number");

        assertThatThrownBy(() -> calls.callRepeatVoting(number, ElectionStories.ELECTION_DAY.plusWeeks(7),
                List.of(number + "-C01"), "demo-tec"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tiedRegistrationNumbers: a repeat voting needs at least two tied candidates")
                .hasMessageContaining("not on the ballot of " + number);
        assertThat(elections.followUps(number)).isEmpty();
    }

    @Test
    void theRepeatElectionsPrecinctListIsTheOneTheParserReads() {
        String csv = ElectionCalls.csv(List.of(new PrecinctRow(1, "School; No. \"3\"", 812), new PrecinctRow(2, "Club", 430)));
        assertThat(new PrecinctCsv().parse(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(new PrecinctUpload.Accepted(List.of(new PrecinctRow(1, "School; No. \"3\"", 812),
                        new PrecinctRow(2, "Club", 430))));
    }

    /**
     * docs/RULES.md, The calendar: the Tasklist start form's checkbox confirms a RURAL call under 40 days
     * (kz-2026-12-08); unticked, the start is refused naming the field and nothing is stored.
     */
    @Test
    void theAnnounceFormTakesAShortRuralCallOnlyWithItsConfirmationTicked() {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ElectionCalls.PROCESS_ID)
                .latestVersion().singleResult().getId();
        Map<String, Object> form = announcement("short call form");
        form.put("callDate", "2027-01-27");
        form.put("electionDay", "2027-03-07");
        form.put("termEnd", "2027-04-01");
        form.put("recordedBy", "demo-tec");

        assertThatThrownBy(() -> formService.submitStartForm(definition, form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("shortCallConfirmed").hasMessageContaining("1 short of the 40 days");
        assertThat(jdbc.sql("SELECT count(*) FROM election.election WHERE post = ?")
                .param(form.get("post")).query(Long.class).single()).isZero();

        form.put("shortCallConfirmed", true);
        ProcessInstance instance = formService.submitStartForm(definition, form);

        assertThat(elections.byNumber(instance.getBusinessKey()).rulesetId()).isEqualTo("kz-2026-12-08");
        assertThat(jdbc.sql("SELECT actor || ' ' || decision FROM election.decision_log WHERE business_key = ?")
                .param(instance.getBusinessKey()).query(String.class).list())
                .containsExactly("demo-tec " + ElectionService.SHORT_CALL_CONFIRMED);
    }

    private static Map<String, Object> announcement(String story) {
        Map<String, Object> body = new HashMap<>();
        body.put("territory", "116633100");
        body.put("level", "RURAL");
        body.put("post", "Akim of Akmol " + story + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("reason", "REGULAR");
        body.put("callDate", "2026-08-01");
        body.put("electionDay", "2026-09-13");
        body.put("termEnd", "2026-10-01");
        body.put("precinctsCsv", "number;address;voters\n1;School No. 1;812\n2;House of culture;430\n");
        return body;
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD);
    }
}
