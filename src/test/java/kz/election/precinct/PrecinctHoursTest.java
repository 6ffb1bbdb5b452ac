package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.conduct.ElectionSchedule;
import kz.election.model.PrecinctCountModel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A territorial commission moves one precinct's voting hours within 06:00-22:00 (docs/RULES.md, The calendar:
 * voting) before the day of silence; the election starts the counts at the earliest opening, and the precinct's
 * turnout report at the close, its close of polls and its count deadline (12 hours from its actual close)
 * follow its own hours, while the other precinct keeps the calendar's 07:00-20:00.
 */
@ElectionTest
class PrecinctHoursTest {

    @Autowired
    CountFixtures fixtures;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ElectionSchedule electionSchedule;
    @Autowired
    TurnoutService turnout;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountOfAPrecinctWithMovedHoursFollowsThemAndTheOtherKeepsTheCalendars() {
        at("2026-08-10T10:00:00+05:00");
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Moved hours");

        ResponseEntity<Map> moved = put(count, 1, Map.of("pollsOpen", "06:00", "pollsClose", "22:00"));

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody()).containsEntry("pollsOpen", "2026-09-13T06:00:00+05:00")
                .containsEntry("pollsClose", "2026-09-13T22:00:00+05:00").containsEntry("moved", true)
                .containsEntry("setBy", "demo-tec");
        assertThat(jdbc.sql("SELECT actor || ' ' || reason FROM election.decision_log WHERE business_key = ? AND decision = 'POLLING_HOURS_MOVED'")
                .param(count.electionNumber()).query(String.class).list())
                .containsExactly("demo-tec precinct 1: 06:00-22:00, were 07:00-20:00");
        assertThat(electionSchedule.pollsOpenAt(count.electionNumber())).isEqualTo(date("2026-09-13T06:00:00+05:00"));
        assertThat(turnout.schedule(count.electionNumber(), 1)).extracting(TurnoutRules.Slot::hour)
                .containsExactly("10:00", "12:00", "14:00", "16:00", "18:00", "22:00");
        assertThat(turnout.schedule(count.electionNumber(), 2)).extracting(TurnoutRules.Slot::hour)
                .containsExactly("10:00", "12:00", "14:00", "16:00", "18:00", "20:00");

        at("2026-09-13T06:00:00+05:00");
        ProcessInstance first = fixtures.startCount(count.electionNumber(), 1);
        ProcessInstance second = fixtures.startCount(count.electionNumber(), 2);
        assertThat(closeOfPolls(first)).isEqualTo(date("2026-09-13T22:00:00+05:00"));
        assertThat(closeOfPolls(second)).isEqualTo(date("2026-09-13T20:00:00+05:00"));

        at("2026-09-13T20:01:00+05:00");
        fixtures.executeDueJobs(first.getId());
        fixtures.executeDueJobs(second.getId());
        assertThat(entry(first)).isNull();
        assertThat(entry(second).getDueDate()).isEqualTo(date("2026-09-14T08:00:00+05:00"));

        at("2026-09-13T22:01:00+05:00");
        fixtures.executeDueJobs(first.getId());
        // 12 hours from the precinct's own close, not from the calendar's 20:00
        assertThat(entry(first).getDueDate()).isEqualTo(date("2026-09-14T10:00:00+05:00"));
    }

    @Test
    void refusesHoursOutsideTheBoundsNamingTheField() {
        at("2026-08-10T10:00:00+05:00");
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Hours out of bounds");

        assertThat(fields(put(count, 1, Map.of("pollsOpen", "05:30")))).containsExactly("pollsOpen");
        assertThat(fields(put(count, 1, Map.of("pollsClose", "22:30")))).containsExactly("pollsClose");
        assertThat(fields(put(count, 1, Map.of("pollsOpen", "7")))).containsExactly("pollsOpen");
        assertThat(fields(put(count, 1, Map.of("pollsOpen", "21:00", "pollsClose", "20:00"))))
                .containsExactly("pollsClose");
        assertThat(fields(put(count, 1, Map.of()))).containsExactly("pollsOpen");
        // nothing of it was stored: the calendar's hours stand
        assertThat(rest.withBasicAuth("demo-tec", ElectionTest.PASSWORD).getForEntity(hoursPath(count, 1), Map.class)
                .getBody()).containsEntry("pollsOpen", "2026-09-13T07:00:00+05:00").containsEntry("moved", false);
    }

    @Test
    void refusesToMoveTheHoursOnceTheDayOfSilenceHasBegun() {
        at("2026-08-10T10:00:00+05:00");
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Hours too late");

        at("2026-09-11T23:59:00+05:00");
        assertThat(put(count, 2, Map.of("pollsClose", "21:00")).getStatusCode()).isEqualTo(HttpStatus.OK);
        at("2026-09-12T00:00:00+05:00");
        ResponseEntity<Map> late = put(count, 1, Map.of("pollsOpen", "06:00"));

        assertThat(fields(late)).containsExactly("pollsOpen");
        assertThat(errors(late).get(0).get("message")).contains("can no longer be moved");
    }

    @Test
    void onlyTheTerritorialCommissionMovesHours() {
        at("2026-08-10T10:00:00+05:00");
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Hours by a precinct");

        ResponseEntity<Map> byPrecinct = rest.withBasicAuth(count.memberOfPrecinct1(), ElectionTest.PASSWORD)
                .exchange(hoursPath(count, 1), HttpMethod.PUT, json(Map.of("pollsOpen", "06:00")), Map.class);

        assertThat(byPrecinct.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private Date closeOfPolls(ProcessInstance count) {
        Job timer = managementService.createJobQuery().processInstanceId(count.getId())
                .activityId(PrecinctCountModel.Elements.POLLS_CLOSED).singleResult();
        return timer.getDuedate();
    }

    private Task entry(ProcessInstance count) {
        return taskService.createTaskQuery().processInstanceId(count.getId())
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult();
    }

    private ResponseEntity<Map> put(CountFixtures.Count count, int precinct, Map<String, Object> body) {
        return rest.withBasicAuth("demo-tec", ElectionTest.PASSWORD)
                .exchange(hoursPath(count, precinct), HttpMethod.PUT, json(body), Map.class);
    }

    private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static String hoursPath(CountFixtures.Count count, int precinct) {
        return "/api/precincts/" + count.electionNumber() + "/" + precinct + "/hours";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> errors(ResponseEntity<Map> response) {
        return (List<Map<String, String>>) response.getBody().get("errors");
    }

    private static List<String> fields(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return errors(response).stream().map(error -> error.get("field")).toList();
    }

    private static void at(String time) {
        ClockUtil.setCurrentTime(date(time));
    }

    private static Date date(String time) {
        return Date.from(OffsetDateTime.parse(time).toInstant());
    }
}
