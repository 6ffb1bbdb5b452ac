package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.election.ElectionTest;
import kz.election.SignIn;
import kz.election.security.Role;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A precinct commission member sees and works only their own precinct's protocol, as the Tasklist shows it. */
@ElectionTest
class PrecinctTaskVisibilityTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CountFixtures fixtures;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aMemberOfOnePrecinctCanNeitherSeeClaimNorCompleteAnotherPrecinctsProtocol() {
        CountFixtures.Count count = fixtures.electionWithBallotAndMembers("Visibility rural district");
        Task first = entryTaskOf(start(count.electionNumber(), 1));
        Task second = entryTaskOf(start(count.electionNumber(), 2));

        signIn(count.memberOfPrecinct2());
        // the query of the pec-staff Tasklist filter, and a query for everything the member may read
        assertThat(taskService.createTaskQuery().taskCandidateGroup(Role.PEC_STAFF.groupId()).includeAssignedTasks()
                .processInstanceBusinessKeyLike(count.electionNumber() + "/%").taskDefinitionKey(CountVariables.ENTER_PROTOCOL).list())
                .extracting(Task::getId).containsExactly(second.getId());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(count.electionNumber() + "/%").taskDefinitionKey(CountVariables.ENTER_PROTOCOL).list())
                .extracting(Task::getId).containsExactly(second.getId());
        // the turnout reports are just as closed: all six the member sees are their own precinct's
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(count.electionNumber() + "/%")
                .taskDefinitionKey(CountVariables.REPORT_TURNOUT).list())
                .hasSize(6).extracting(Task::getProcessInstanceId).containsOnly(second.getProcessInstanceId());
        assertThatThrownBy(() -> taskService.claim(first.getId(), count.memberOfPrecinct2()))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.complete(first.getId(), CountFixtures.formVariables(CountFixtures.passing())))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.getVariables(first.getId())).isInstanceOf(AuthorizationException.class);

        signIn(count.memberOfPrecinct1());
        assertThat(taskService.createTaskQuery().taskCandidateGroup(Role.PEC_STAFF.groupId())
                .processInstanceBusinessKeyLike(count.electionNumber() + "/%").taskDefinitionKey(CountVariables.ENTER_PROTOCOL).list())
                .extracting(Task::getId).containsExactly(first.getId());
        taskService.claim(first.getId(), count.memberOfPrecinct1());
        // a failing protocol comes back as a new task: it is just as closed to the other precinct
        taskService.complete(first.getId(), CountFixtures.formVariables(
                CountFixtures.figures(812L, 700L, 500L, 20L, 180L, 600L, 5L, 300L, 150L, 60L)));
        Task corrected = entryTaskOf(first.getProcessInstanceId());
        assertThat(corrected.getId()).isNotEqualTo(first.getId());

        signIn(count.memberOfPrecinct2());
        assertThat(taskService.createTaskQuery().taskId(corrected.getId()).list()).isEmpty();
        assertThatThrownBy(() -> taskService.complete(corrected.getId(), CountFixtures.formVariables(CountFixtures.passing())))
                .isInstanceOf(AuthorizationException.class);

        signIn(count.memberOfPrecinct1());
        taskService.complete(corrected.getId(), CountFixtures.formVariables(CountFixtures.passing()));
        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().processInstanceId(first.getProcessInstanceId())
                .taskDefinitionKey(CountVariables.ACCEPT_PROTOCOL).count()).isOne();
    }

    private String start(String electionNumber, int precinctNumber) {
        return fixtures.countAtProtocolEntry(electionNumber, precinctNumber).getId();
    }

    private Task entryTaskOf(String processInstanceId) {
        identityService.clearAuthentication();
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(CountVariables.ENTER_PROTOCOL).singleResult();
    }

    private void signIn(String userId) {
        SignIn.as(identityService, userId, Role.PEC_STAFF.groupId());
    }
}
