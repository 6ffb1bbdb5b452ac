package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

@ElectionTest
class RestSecurityTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/engine", "/engine-rest/task", "/api/me", "/api/decisions?businessKey=X"})
    void refusesRequestsWithoutCredentials(String path) {
        ResponseEntity<Map> response = rest.getForEntity(path, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // a challenge, but not Basic: a browser would answer that with its dialog and cache the password
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("xBasic ");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", 401);
    }

    @Test
    void refusesAWrongPassword() {
        // a user no other test signs in as: Camunda delays the next login after a wrong password
        ResponseEntity<String> response = rest.withBasicAuth("demo-complaints", "not-the-password")
                .getForEntity("/engine-rest/engine", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void answersAuthenticatedStaffOnBothApis() {
        assertThat(as("demo-tec").getForEntity("/engine-rest/engine", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> me = as("demo-tec").getForEntity("/api/me", Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the role, and the same role on the commission demo-tec sits on (docs/COMMISSIONS.md)
        assertThat(me.getBody()).containsEntry("userId", "demo-tec")
                .containsEntry("groups", List.of("TEC-116600000.tec-staff", "tec-staff"));
    }

    @Test
    void forbidsTheDecisionLogToRolesOtherThanSupervisorsAndAdmins() {
        ResponseEntity<Map> pec = as("demo-pec").getForEntity("/api/decisions?businessKey=X", Map.class);
        assertThat(pec.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(pec.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(as("demo-supervisors").getForEntity("/api/decisions?businessKey=X", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("demo-admins").getForEntity("/api/decisions?businessKey=X", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void forbidsDeployingProcessesToEveryoneAdminsToo() {
        ResponseEntity<Map> pec = deploy("demo-pec");
        assertThat(pec.getStatusCode()).as("%s", pec.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> supervisors = deploy("demo-supervisors");
        assertThat(supervisors.getStatusCode()).as("%s", supervisors.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        // the models come only from the release (platform/CommandGuard): a model may call any bean
        ResponseEntity<Map> admins = deploy("demo-admins");
        assertThat(admins.getStatusCode()).as("%s", admins.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void answersBadInputWithProblemJsonNamingTheField() {
        ResponseEntity<Map> response = as("demo-supervisors")
                .getForEntity("/api/decisions?businessKey=not a key;drop", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field"))
                .containsExactly("businessKey");
    }

    @Test
    void answersAMissingParameterAndAMalformedIdNamingThem() {
        ResponseEntity<Map> missing = as("demo-supervisors").getForEntity("/api/decisions", Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("errors").toString()).contains("field=businessKey");

        ResponseEntity<Map> malformed = as("demo-supervisors").getForEntity("/api/decisions/abc", Map.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors").toString()).contains("field=id");
    }

    @Test
    void answersAnUnknownIdWith404() {
        ResponseEntity<Map> response = as("demo-supervisors").getForEntity("/api/decisions/987654321", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("detail", "Decision 987654321 does not exist");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, ElectionTest.PASSWORD);
    }

    private ResponseEntity<Map> deploy(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "rest-security-test");
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("restSecurityProbe")
                .camundaHistoryTimeToLive(1).startEvent().endEvent().done());
        body.add("probe.bpmn", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "probe.bpmn";
            }
        });
        return as(user).exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers),
                Map.class);
    }
}
