package kz.election.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.election.ElectoralCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shares its database with every other Spring test: each test announces in its own territory. */
@ElectionTest
class ElectionControllerTest {

    private static final List<String> EVERY_KEY = List.of(ElectoralCalendar.NOMINATION_OPENS,
            ElectoralCalendar.NOMINATION_CLOSES, ElectoralCalendar.REGISTRATION_CLOSES,
            ElectoralCalendar.VOTER_LISTS_DELIVERED, ElectoralCalendar.VOTER_LIST_INSPECTION_OPENS,
            ElectoralCalendar.CAMPAIGN_ENDS, ElectoralCalendar.POLLS_OPEN, ElectoralCalendar.HOME_VOTING_REQUESTS_CLOSE,
            ElectoralCalendar.POLLS_CLOSE, ElectoralCalendar.COUNT_DEADLINE, ElectoralCalendar.RESULT_DEADLINE,
            ElectoralCalendar.WINNER_REGISTRATION_DEADLINE);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    @Test
    void letsTerritorialStaffAnnounceAndAnswersCreatedWithTheElectionsAddress() {
        ResponseEntity<Map> created = post("demo-tec", announcement("Akmol rural district (REST test)"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("number");
        assertThat(number).matches("2026-RUR-\\d{4}");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/elections/" + number);
        assertThat(created.getBody()).containsEntry("status", "ANNOUNCED").containsEntry("announcedBy", "demo-tec");
        assertThat((List<?>) created.getBody().get("precincts")).hasSize(2);
        assertThat((List<?>) created.getBody().get("calendar")).hasSize(EVERY_KEY.size());

        // a member of the organizing commission reads it; a precinct member of none of its precincts does not
        ResponseEntity<Map> read = as("demo-complaints").getForEntity("/api/elections/" + number, Map.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).isEqualTo(created.getBody());

        ResponseEntity<List> list = as("demo-supervisors").getForEntity("/api/elections", List.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) list.getBody()).anySatisfy(summary -> assertThat(summary)
                .containsEntry("number", number)
                .containsEntry("territoryCode", DemoRegister.RURAL_DISTRICT)
                .containsEntry("post", "Akim of Akmol rural district (REST test)")
                .containsEntry("precincts", 2)
                .containsEntry("voters", 1242));
    }

    @Test
    void forbidsAnnouncingToPrecinctStaffAndStoresNothing() {
        ResponseEntity<Map> response = post("demo-pec", announcement("Forbidden rural district (REST test)"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(jdbc.sql("SELECT count(*) FROM election.election WHERE post = ?")
                .param("Akim of Forbidden rural district (REST test)").query(Long.class).single()).isZero();
    }

    @Test
    void answersABadAnnouncementWithProblemJsonNamingEachField() {
        Map<String, Object> body = announcement("Bad rural district (REST test)");
        body.put("electionDay", "2026-09-12");
        body.put("precinctsCsv", "1;School;500\n2;;300\n");

        ResponseEntity<Map> response = post("demo-tec", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(errors(response)).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("electionDay", "precinctsCsv");
        assertThat(errors(response)).extracting(error -> error.get("message"))
                .contains("line 2, address: is empty");
    }

    /**
     * docs/RULES.md, The calendar: a RURAL call 39 days ahead (as the Aktogay TEC's of 9 August 2023 for
     * 17 September) is a warning the commission confirms under kz-2026-12-08, never a silent refusal.
     */
    @Test
    void takesARuralCallUnderTheUnconfirmedMinimumOnlyWithTheCommissionsConfirmationAndLogsIt() {
        Map<String, Object> body = announcement("Short call rural district (REST test)");
        body.put("callDate", "2027-01-27");
        body.put("electionDay", "2027-03-07");
        body.put("termEnd", "2027-04-01");

        ResponseEntity<Map> unconfirmed = post("demo-tec", body);

        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(errors(unconfirmed)).singleElement().satisfies(error -> {
            assertThat(error.get("field")).isEqualTo("shortCallConfirmed");
            assertThat(error.get("message")).contains("39 days after the call on 2027-01-27, 1 short of the 40 days");
        });

        body.put("shortCallConfirmed", true);
        ResponseEntity<Map> confirmed = post("demo-tec", body);

        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) confirmed.getBody().get("number");
        assertThat(jdbc.sql("SELECT actor || ' ' || decision || ': ' || reason FROM election.decision_log"
                        + " WHERE business_key = ?").param(number).query(String.class).list())
                .singleElement().asString()
                .startsWith("demo-tec SHORT_CALL_CONFIRMED: election day 2027-03-07 is 39 days after the call");
    }

    @Test
    void refusesADistrictCallUnderFiftyDaysEvenWhenConfirmed() {
        Map<String, Object> body = announcement("Short call district (REST test)");
        body.put("territory", DemoRegister.DISTRICT);
        body.put("level", "DISTRICT");
        body.put("callDate", "2027-01-17");
        body.put("electionDay", "2027-03-07");
        body.put("termEnd", "2027-04-01");
        body.put("shortCallConfirmed", true);

        ResponseEntity<Map> response = post("demo-tec", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).extracting(error -> error.get("field")).containsExactly("electionDay");
    }

    @Test
    void namesTheFieldAndTheAllowedValuesOfAWrongLevel() {
        Map<String, Object> body = announcement("Enum rural district (REST test)");
        body.put("level", "VILLAGE");

        ResponseEntity<Map> response = post("demo-tec", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).containsExactly(
                Map.of("field", "level", "message", "'VILLAGE' is not one of RURAL, DISTRICT"));
    }

    @Test
    void namesTheFieldAndTheFormOfAnImpossibleDate() {
        Map<String, Object> body = announcement("Date rural district (REST test)");
        body.put("electionDay", "2026-13-01");

        ResponseEntity<Map> response = post("demo-tec", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).containsExactly(Map.of("field", "electionDay",
                "message", "'2026-13-01' is not a date in the form YYYY-MM-DD, such as 2026-11-22"));
    }

    @Test
    void answersMalformedJsonWith400() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> response = as("demo-tec").exchange("/api/elections", HttpMethod.POST,
                new HttpEntity<>("{\"territory\": ", headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).extracting(error -> error.get("field")).containsExactly("body");
    }

    @Test
    void answersAnUnknownElectionWith404() {
        ResponseEntity<Map> response = as("demo-tec").getForEntity("/api/elections/1999-RUR-0001", Map.class);
        ResponseEntity<Map> calendar = as("demo-tec").getForEntity("/api/elections/1999-RUR-0001/calendar", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("detail", "Election 1999-RUR-0001 does not exist");
        assertThat(calendar.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void showsTheCalendarAsJsonWithEveryDeadlineInLocalTime() {
        String number = announce("Calendar rural district (REST test)");

        ResponseEntity<List> response = as("demo-supervisors").getForEntity("/api/elections/" + number + "/calendar", List.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        List<Map<String, Object>> deadlines = response.getBody();
        assertThat(deadlines).extracting(d -> d.get("key")).containsExactlyInAnyOrderElementsOf(EVERY_KEY);
        assertThat(deadlines).allSatisfy(d -> {
            assertThat((String) d.get("dueAt")).endsWith("+05:00");
            assertThat(d).containsKeys("name", "citation", "certainty");
        });
        assertThat(deadlines).filteredOn(d -> d.get("key").equals(ElectoralCalendar.POLLS_OPEN))
                .extracting(d -> d.get("dueAt")).containsExactly("2026-09-13T07:00:00+05:00");
    }

    @Test
    void exportsTheCalendarAsAnICalendarFileWithOneEventPerDeadline() {
        String number = announce("Ics rural district (REST test)");

        ResponseEntity<String> file = as("demo-supervisors").getForEntity("/api/elections/" + number + "/calendar.ics",
                String.class);
        HttpHeaders acceptIcs = new HttpHeaders();
        acceptIcs.setAccept(List.of(MediaType.parseMediaType("text/calendar")));
        ResponseEntity<String> negotiated = as("demo-supervisors").exchange("/api/elections/" + number + "/calendar",
                HttpMethod.GET, new HttpEntity<>(acceptIcs), String.class);

        for (ResponseEntity<String> response : List.of(file, negotiated)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getContentType()).hasToString("text/calendar;charset=UTF-8");
            assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                    .isEqualTo("attachment; filename=\"" + number + ".ics\"");
            String ics = response.getBody();
            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            assertThat(ics.split("\r\n")).filteredOn("BEGIN:VEVENT"::equals).hasSize(EVERY_KEY.size());
            assertThat(ics).contains("UID:" + number + "-" + ElectoralCalendar.POLLS_OPEN + "@",
                    "DTSTART:20260913T020000Z");
        }
    }

    private String announce(String territory) {
        ResponseEntity<Map> created = post("demo-tec", announcement(territory));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("number");
    }

    private static Map<String, Object> announcement(String territory) {
        Map<String, Object> body = new HashMap<>();
        body.put("territory", DemoRegister.RURAL_DISTRICT);
        body.put("level", "RURAL");
        body.put("post", "Akim of " + territory);
        body.put("reason", "REGULAR");
        body.put("callDate", "2026-08-01");
        body.put("electionDay", "2026-09-13");
        body.put("termEnd", "2026-10-01");
        body.put("precinctsCsv", "number;address;voters\n1;School No. 1;812\n2;House of culture;430\n");
        return body;
    }

    private ResponseEntity<Map> post(String user, Map<String, Object> body) {
        return as(user).postForEntity("/api/elections", body, Map.class);
    }

    private static List<Map<String, String>> errors(ResponseEntity<Map> response) {
        return (List<Map<String, String>>) response.getBody().get("errors");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD);
    }
}
