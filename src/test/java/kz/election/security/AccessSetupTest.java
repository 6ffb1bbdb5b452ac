package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.election.ElectionTest;
import kz.election.SignIn;
import java.nio.charset.StandardCharsets;
import kz.election.commission.DemoRegister;
import kz.election.commission.Importer;
import kz.election.commission.RegisterImports;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

@ElectionTest
class AccessSetupTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    RegisterImports imports;
    @Autowired
    AccessSetup accessSetup;
    @Autowired
    TasklistFilters tasklistFilters;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void createsEveryRoleAsACamundaGroup() {
        assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
                .contains("tec-staff", "pec-staff", "complaints-officers", "maslikhat-secretariat", "supervisors",
                        "admins");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"TEC_STAFF", "PEC_STAFF", "COMPLAINTS_OFFICERS",
            "MASLIKHAT_SECRETARIAT", "SUPERVISORS"})
    void showsEachRoleItsOwnThreeFiltersAndNoOthers(Role role) {
        SignIn.as(identityService, DemoUsers.userIdOf(role), role.groupId());

        List<Filter> visible = filterService.createTaskFilterQuery().list().stream()
                .filter(filter -> filter.getProperties().containsKey("group")).toList();

        assertThat(visible).extracting(Filter::getName).containsExactlyInAnyOrder(
                TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
        assertThat(visible).allSatisfy(filter ->
                assertThat(filter.getProperties()).containsEntry("group", role.groupId()));
        // the date expressions of the filters evaluate
        visible.forEach(filter -> assertThat(filterService.count(filter.getId())).isNotNull());
    }

    @Test
    void showsEachMemberTheFiltersOfTheCommissionsTheySitOnAndTheirSupervisorsTheWatch() {
        SignIn.as(identityService, "demo-tec", Role.TEC_STAFF.groupId());
        assertThat(commissionFilters()).containsExactlyInAnyOrder(DemoRegister.TEC + "/" + TasklistFilters.OWN_TASKS);

        // demo-supervisors sits on Tselinograd's TEC and on the oblast commission
        SignIn.as(identityService, "demo-supervisors", Role.SUPERVISORS.groupId());
        assertThat(commissionFilters()).containsExactlyInAnyOrder(
                DemoRegister.TEC + "/" + TasklistFilters.OWN_TASKS, DemoRegister.TEC + "/" + TasklistFilters.WATCH,
                DemoRegister.OBLAST_COMMISSION + "/" + TasklistFilters.OWN_TASKS,
                DemoRegister.OBLAST_COMMISSION + "/" + TasklistFilters.WATCH);
        // the filter names the commission in its working language
        assertThat(filterService.createTaskFilterQuery().list()).extracting(Filter::getName)
                .contains("Watch: Акмолинская областная избирательная комиссия");
    }

    @Test
    void aCommissionImportedByTheCommissionAboveGetsItsFiltersInTheSameTransaction() {
        // a district of Akmola oblast the sample does not hold, and its TEC, imported by a member of the oblast's
        // commission (demo-supervisors), who holds no grant on filters
        String district = "117700000";
        imports.importTerritories(("code,parent_code,level,name_kk,name_ru\n" + district
                        + ",110000000,DISTRICT,Сынақ ауданы,Тестовый район\n").getBytes(StandardCharsets.UTF_8),
                "test", Importer.SYSTEM);
        imports.importCommissions(("code,level,parent_code,territory_code,precinct_number,name_kk,name_ru,mailbox,language\n"
                        + "TEC-" + district + ",TERRITORIAL," + DemoRegister.OBLAST_COMMISSION + "," + district
                        + ",,Сынақ аудандық комиссиясы,Тестовая районная комиссия,test@election.example.kz,ru\n")
                        .getBytes(StandardCharsets.UTF_8), "test", new Importer("demo-supervisors", false));

        assertThat(filterService.createTaskFilterQuery().list().stream()
                .filter(filter -> ("TEC-" + district).equals(filter.getProperties().get("commission")))
                .map(filter -> filter.getProperties().get("kind")))
                .containsExactlyInAnyOrder(TasklistFilters.OWN_TASKS, TasklistFilters.WATCH);
    }

    private List<String> commissionFilters() {
        return filterService.createTaskFilterQuery().list().stream()
                .filter(filter -> filter.getProperties().containsKey("commission"))
                .map(filter -> filter.getProperties().get("commission") + "/" + filter.getProperties().get("kind"))
                .toList();
    }

    @Test
    void keepsSupervisorsReadOnly() {
        List<String> groups = List.of(Role.SUPERVISORS.groupId());
        String supervisor = DemoUsers.userIdOf(Role.SUPERVISORS);

        assertThat(authorizationService.isUserAuthorized(supervisor, groups, Permissions.READ, Resources.TASK)).isTrue();
        assertThat(authorizationService.isUserAuthorized(supervisor, groups, Permissions.READ,
                Resources.PROCESS_INSTANCE)).isTrue();
        assertThat(authorizationService.isUserAuthorized(supervisor, groups, Permissions.UPDATE, Resources.TASK)).isFalse();
        assertThat(authorizationService.isUserAuthorized(supervisor, groups, TaskPermissions.TASK_WORK,
                Resources.TASK)).isFalse();
        assertThat(authorizationService.isUserAuthorized(supervisor, groups, Permissions.UPDATE,
                Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizationService.isUserAuthorized(supervisor, groups, Permissions.DELETE,
                Resources.PROCESS_INSTANCE)).isFalse();
    }

    @Test
    void opensCockpitToSupervisorsOnlyAndTasklistToStaff() {
        assertThat(canOpen(Role.SUPERVISORS, "cockpit")).isTrue();
        assertThat(canOpen(Role.PEC_STAFF, "cockpit")).isFalse();
        assertThat(canOpen(Role.TEC_STAFF, "cockpit")).isFalse();
        assertThat(canOpen(Role.PEC_STAFF, "tasklist")).isTrue();
        assertThat(canOpen(Role.TEC_STAFF, "admin")).isFalse();
    }

    @Test
    void runningTheSetupAgainChangesNothing() {
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();
        long groups = identityService.createGroupQuery().count();

        accessSetup.setUpRolesAndPermissions();
        tasklistFilters.createFilters();

        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    }

    private boolean canOpen(Role role, String application) {
        return authorizationService.isUserAuthorized(DemoUsers.userIdOf(role), List.of(role.groupId()),
                Permissions.ACCESS, Resources.APPLICATION, application);
    }
}
