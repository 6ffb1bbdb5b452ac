package kz.election.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.ruleset.Level;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ElectionTest
class NominationControllerTest {

    @Autowired TestRestTemplate rest;
    @Autowired ElectionService elections;
    @Autowired RuntimeService runtimeService;

    private String election;

    @BeforeEach
    void announce() {
        election = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL, "Akim of Zhanakala (Zhanakala REST " + UUID.randomUUID() + ")",
                ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null,
                "number;address;voters\n1;School;900\n"), "demo-tec").number();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
    }

    @Test
    void territorialStaffFileANominationAndItsProcessStarts() {
        ResponseEntity<Map> created = as("demo-tec").postForEntity("/api/elections/" + election + "/nominations",
                nomination("860904350504"), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = (String) created.getBody().get("referenceNumber");
        assertThat(reference).isEqualTo(election + "-N01");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/nominations/" + reference);
        assertThat(created.getBody()).containsEntry("status", "UNDER_REVIEW").containsEntry("filedBy", "demo-tec");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("candidateRegistration")
                .processInstanceBusinessKey(reference).count()).isEqualTo(1);
    }

    @Test
    void answersBadRequestNamingEveryWrongField() {
        Map<String, Object> bad = new java.util.HashMap<>(nomination("12345"));
        bad.put("email", "not-an-address");
        bad.put("language", "de");
        ResponseEntity<Map> response = as("demo-tec").postForEntity("/api/elections/" + election + "/nominations",
                bad, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(e -> e.get("field")).contains("iin", "email", "language");
    }

    @Test
    void precinctStaffMayNotFile() {
        ResponseEntity<Map> response = as("demo-pec").postForEntity("/api/elections/" + election + "/nominations",
                nomination("860904350504"), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static Map<String, Object> nomination(String iin) {
        return Map.ofEntries(Map.entry("fullName", "Daulet Omarov"), Map.entry("iin", iin),
                Map.entry("birthDate", "1986-09-04"), Map.entry("citizenship", "KZ"),
                Map.entry("address", "Zhanakala, 5 Abai street"), Map.entry("email", "d.omarov@example.kz"),
                Map.entry("language", "kk"), Map.entry("nominationType", "PARTY"), Map.entry("partyName", "Amanat"),
                Map.entry("documents", Map.of("APPLICATION", "2026-08-10")), Map.entry("legalCapacityDeclared", true));
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD);
    }
}
