package kz.election.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registers over REST and at start, on the shared database: each test adds codes of its own (the
 * 1168-99 range, PEC numbers 59x) and takes back the seats it gives, so the sample stays as the other
 * tests read it.
 */
@ElectionTest
class RegisterApiTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    /** A user who sits on the other district's TEC only, created for these tests. */
    private static final String OTHER_TEC_MEMBER = "register-test-shortandy";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    RegisterImports imports;
    @Autowired
    ResourceLoader resources;
    @Autowired
    Registers registers;

    @BeforeEach
    void otherTecMember() {
        if (identityService.createUserQuery().userId(OTHER_TEC_MEMBER).count() == 0) {
            User user = identityService.newUser(OTHER_TEC_MEMBER);
            user.setFirstName("Register");
            user.setLastName("Test");
            user.setPassword(ElectionTest.PASSWORD);
            identityService.saveUser(user);
        }
    }

    @AfterEach
    void takeBackTheSeatsGiven() {
        jdbc.sql("DELETE FROM election.commission_member WHERE user_id = ?").param(OTHER_TEC_MEMBER).update();
        jdbc.sql("DELETE FROM election.commission_member WHERE user_id = 'demo-pec' AND commission_code IN (?, ?, ?)")
                .params(DemoRegister.TEC, "PEC-116800000-0501", "PEC-116600000-0597").update();
    }

    @Test
    void theStartImportedTheSampleAndImportingItAgainChangesNothing() {
        assertThat(registers.commission(DemoRegister.TEC)).get().satisfies(tec -> {
            assertThat(tec.parentCode()).isEqualTo(DemoRegister.OBLAST_COMMISSION);
            assertThat(tec.territoryCode()).isEqualTo(DemoRegister.DISTRICT);
        });
        assertThat(registers.territory(DemoRegister.OTHER_RURAL_DISTRICT)).get()
                .satisfies(t -> assertThat(t.parentCode()).isEqualTo(DemoRegister.OTHER_DISTRICT));
        assertThat(registers.seatsOf("demo-supervisors")).extracting(Member::commissionCode)
                .containsExactlyInAnyOrder(DemoRegister.TEC, DemoRegister.OBLAST_COMMISSION);
        long importsBefore = count("register_import");
        Timestamp stampBefore = jdbc.sql("SELECT imported_at FROM election.commission WHERE code = ?")
                .param(DemoRegister.TEC).query(Timestamp.class).single();

        new RegisterFilesAtStart(new RegisterFiles("classpath:registers/sample/territories.csv",
                "classpath:registers/sample/commissions.csv", "classpath:registers/sample/members.csv"),
                imports, resources, identityService).importConfiguredFiles();

        assertThat(count("register_import")).isEqualTo(importsBefore);
        assertThat(jdbc.sql("SELECT imported_at FROM election.commission WHERE code = ?").param(DemoRegister.TEC)
                .query(Timestamp.class).single()).isEqualTo(stampBefore);
    }

    @Test
    void aWrongFileAtStartStopsTheStartNamingEveryWrongLineAndImportsNothing() {
        long before = count("territory");
        RegisterFilesAtStart start = new RegisterFilesAtStart(
                new RegisterFiles("classpath:registers/bad-territories.csv", "", ""), imports, resources, identityService);

        assertThatThrownBy(start::importConfiguredFiles).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("election.registers.territories")
                .hasMessageContaining("line 4, code").hasMessageContaining("line 5, parent_code");
        assertThat(count("territory")).isEqualTo(before);
    }

    @Test
    void aTerritoryFileWithWrongLinesIsAnswered400NamingEveryLineAndNothingIsImported() {
        refusedNaming("/api/territories", "territory", TerritoryCsvTest.HEADER
                        + "116899100,116800000,RURAL_DISTRICT,Жаңа ауылдық округ,Новый сельский округ\n"
                        + "1168991,116800000,RURAL_DISTRICT,Қате,Ошибочный\n"
                        + "116899300,116700000,RURAL_DISTRICT,Қате,Ошибочный\n"
                        + "116899400,116800000,HAMLET,Қате,\n",
                "line 3, code", "line 4, parent_code", "line 5, level", "line 5, name_ru");
    }

    @Test
    void aCommissionFileWithWrongLinesIsAnswered400NamingEveryLineAndNothingIsImported() {
        refusedNaming("/api/commissions", "commission", CommissionCsvTest.HEADER
                        + "PEC-116800000-0590,PRECINCT,TEC-116800000,116800000,590,Н,Н,pec590@election.example.kz,kk\n"
                        + "PEC-116800000-0591,PRECINCT,OEC-110000000,116800000,591,Н,Н,pec591@election.example.kz,kk\n"
                        + "PEC-116800000-0592,PRECINCT,TEC-116800000,116800000,501,Н,Н,pec592@election.example.kz,kk\n"
                        + "PEC-116800000-0593,PRECINCT,TEC-116800000,116800000,593,Н,Н,pec593@election.example.kz,de\n",
                "line 3, parent_code", "line 4, precinct_number", "line 5, language");
    }

    private void refusedNaming(String path, String table, String csv, String... lines) {
        long rows = count(table);
        long imported = count("register_import");

        ResponseEntity<Map> response = post("demo-admins", path, csv);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(response)).containsExactlyInAnyOrder(lines);
        assertThat(count(table)).isEqualTo(rows);
        assertThat(count("register_import")).isEqualTo(imported);
    }

    @Test
    void aGoodFileIsImportedOnceAndAgainChangesNothing() {
        String territories = TerritoryCsvTest.HEADER
                + "116899100,116800000,RURAL_DISTRICT,\"Сынақ, ауылдық округ\",\"Пробный, сельский округ\"\n";
        String commissions = CommissionCsvTest.HEADER
                + "PEC-116800000-0599,PRECINCT,TEC-116800000,116800000,599,№599 учаскелік комиссия,УИК №599,"
                + "pec599@election.example.kz,kk\n";
        long imported = count("register_import");

        ResponseEntity<Map> first = post("demo-admins", "/api/territories", territories);
        ResponseEntity<Map> commission = post("demo-admins", "/api/commissions", commissions);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).containsEntry("rowsRead", 1).containsEntry("changed", 1);
        assertThat(commission.getBody()).containsEntry("rowsRead", 1).containsEntry("changed", 1);
        assertThat(registers.territory("116899100")).get()
                .satisfies(t -> assertThat(t.nameKk()).isEqualTo("Сынақ, ауылдық округ"));
        assertThat(count("register_import")).isEqualTo(imported + 2);
        assertThat(jdbc.sql("SELECT imported_by FROM election.register_import ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("demo-admins");

        ResponseEntity<Map> again = post("demo-admins", "/api/territories", territories);
        ResponseEntity<Map> commissionAgain = post("demo-admins", "/api/commissions", commissions);

        assertThat(again.getBody()).containsEntry("rowsRead", 1).containsEntry("changed", 0);
        assertThat(commissionAgain.getBody()).containsEntry("changed", 0);
        assertThat(count("register_import")).isEqualTo(imported + 2);
    }

    @Test
    void everyoneSignedInReadsTheRegistersAndNoOneElse() {
        ResponseEntity<List> territories = as("demo-pec").getForEntity("/api/territories", List.class);
        ResponseEntity<List> commissions = as("demo-pec").getForEntity("/api/commissions", List.class);
        ResponseEntity<List> underTec = as("demo-pec").getForEntity("/api/commissions?parent=" + DemoRegister.TEC, List.class);

        assertThat(territories.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) territories.getBody()).anySatisfy(t -> assertThat(t)
                .containsEntry("code", DemoRegister.RURAL_DISTRICT).containsEntry("parentCode", DemoRegister.DISTRICT)
                .containsEntry("level", "RURAL_DISTRICT").containsKeys("nameKk", "nameRu"));
        assertThat((List<Map<String, Object>>) commissions.getBody()).anySatisfy(c -> assertThat(c)
                .containsEntry("code", DemoRegister.TEC).containsEntry("level", "TERRITORIAL")
                .containsEntry("parentCode", DemoRegister.OBLAST_COMMISSION)
                .containsEntry("territoryCode", DemoRegister.DISTRICT)
                .containsKeys("precinctNumber", "nameKk", "nameRu", "mailbox", "language"));
        assertThat((List<Map<String, Object>>) underTec.getBody()).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsEntry("parentCode", DemoRegister.TEC));
        assertThat(rest.getForEntity("/api/territories", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/commissions", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyAdministratorsImportTerritories() {
        long territories = count("territory");

        ResponseEntity<Map> response = post("demo-tec", "/api/territories", TerritoryCsvTest.HEADER
                + "116899500,116800000,RURAL_DISTRICT,Ауыл,Округ\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("territory")).isEqualTo(territories);
    }

    @Test
    void theOblastCommissionSeatsTecMembersAndTheNeighbouringTecMayNot() {
        seat("demo-admins", DemoRegister.OTHER_TEC, OTHER_TEC_MEMBER, "MEMBER");

        ResponseEntity<Map> byOblast = seat("demo-supervisors", DemoRegister.TEC, "demo-pec", "MEMBER");
        ResponseEntity<Map> byNeighbour = seat(OTHER_TEC_MEMBER, DemoRegister.TEC, "demo-pec", "SECRETARY");

        assertThat(byOblast.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byNeighbour.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) byNeighbour.getBody().get("detail")).contains(DemoRegister.TEC,
                DemoRegister.OBLAST_COMMISSION, DemoRegister.OTHER_TEC);
        assertThat(registers.members(DemoRegister.TEC)).contains(new Member(DemoRegister.TEC, "demo-pec", Position.MEMBER));

        ResponseEntity<List> members = as("demo-pec").getForEntity("/api/commissions/" + DemoRegister.TEC + "/members",
                List.class);
        assertThat((List<Map<String, Object>>) members.getBody()).anySatisfy(m -> assertThat(m)
                .containsEntry("userId", "demo-tec").containsEntry("position", "SECRETARY"));

        // the neighbouring TEC seats its own precinct commission's members
        assertThat(seat(OTHER_TEC_MEMBER, "PEC-116800000-0501", "demo-pec", "CHAIR").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(OTHER_TEC_MEMBER).exchange("/api/commissions/PEC-116800000-0501/members/demo-pec",
                HttpMethod.DELETE, null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as(OTHER_TEC_MEMBER).exchange("/api/commissions/" + DemoRegister.TEC + "/members/demo-pec",
                HttpMethod.DELETE, null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(registers.isMember("demo-pec", DemoRegister.TEC)).isTrue();
    }

    @Test
    void aTecMemberImportsCommissionsAndMembersBelowItsTecOnly() {
        long commissions = count("commission");

        ResponseEntity<Map> outside = post("demo-tec", "/api/commissions", CommissionCsvTest.HEADER
                + "PEC-116800000-0598,PRECINCT,TEC-116800000,116800000,598,Н,Н,pec598@election.example.kz,kk\n");
        ResponseEntity<Map> noSeat = post("demo-pec", "/api/commissions", CommissionCsvTest.HEADER
                + "PEC-116600000-0598,PRECINCT,TEC-116600000,116600000,598,Н,Н,pec598@election.example.kz,kk\n");

        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(fields(outside)).containsExactly("line 2, code");
        assertThat(noSeat.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("commission")).isEqualTo(commissions);

        ResponseEntity<Map> below = post("demo-tec", "/api/commissions", CommissionCsvTest.HEADER
                + "PEC-116600000-0597,PRECINCT,TEC-116600000,116600000,597,Н,Н,pec597@election.example.kz,ru\n");
        assertThat(below.getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> members = post("demo-tec", "/api/commissions/members", MemberCsvTest.HEADER
                + "PEC-116600000-0597,demo-pec,CHAIR\n");
        ResponseEntity<Map> notBelow = post("demo-tec", "/api/commissions/members", MemberCsvTest.HEADER
                + "TEC-116800000,demo-pec,MEMBER\nPEC-116600000-0597,nobody-at-all,MEMBER\n");
        assertThat(members.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(registers.members("PEC-116600000-0597")).containsExactly(
                new Member("PEC-116600000-0597", "demo-pec", Position.CHAIR));
        assertThat(notBelow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(notBelow)).containsExactlyInAnyOrder("line 2, commission_code", "line 3, user_id");
    }

    private ResponseEntity<Map> seat(String caller, String commission, String userId, String position) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(caller).exchange("/api/commissions/" + commission + "/members/" + userId, HttpMethod.PUT,
                new HttpEntity<>(Map.of("position", position), headers), Map.class);
    }

    private ResponseEntity<Map> post(String user, String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(CSV);
        return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), Map.class);
    }

    private static List<String> fields(ResponseEntity<Map> response) {
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
                .map(error -> (String) error.get("field")).toList();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM election." + table).query(Long.class).single();
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD);
    }
}
